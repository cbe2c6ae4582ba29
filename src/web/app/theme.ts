import type { ThemeConfig } from 'antd';

// Chinese fonts first in the stack so Han characters never fall back to a Japanese or Korean face.
export const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  "'WenQuanYi Micro Hei'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

export const brand = {
  navy: '#0c2a4d',
  navyDeep: '#081d36',
  primary: '#1456b8',
  red: '#c8161d',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand.primary,
    colorInfo: brand.primary,
    borderRadius: 4,
    fontFamily,
    colorBgLayout: '#f0f2f5',
  },
  components: {
    Layout: { siderBg: brand.navy, triggerBg: brand.navyDeep, headerBg: '#ffffff', headerPadding: '0 20px' },
    Menu: {
      darkItemBg: brand.navy,
      darkSubMenuItemBg: brand.navyDeep,
      darkItemSelectedBg: brand.primary,
    },
  },
};
