import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Progress } from '../api/imports';
import { useT } from '../app/i18n';

/**
 * A button that fetches a file (an Excel export or template) and saves it, showing how far it has got:
 * 正在生成… while the server builds it, then the percentage received.
 */
export function DownloadButton({
  download,
  children,
  ...button
}: {
  download: (onProgress: (p: Progress) => void) => Promise<string>;
  children: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'loading' | 'children'>) {
  const { l } = useT();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Progress | null>(null);

  const run = async () => {
    setProgress({ phase: 'server', percent: undefined });
    try {
      const name = await download(setProgress);
      message.success(l({ zh: `已下载：${name}`, en: `Downloaded: ${name}` }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  const busy =
    progress === null
      ? null
      : progress.phase === 'download' && progress.percent !== undefined
        ? l({ zh: `正在下载 ${progress.percent}%`, en: `Downloading ${progress.percent}%` })
        : l({ zh: '正在生成…', en: 'Preparing…' });

  return (
    <Button icon={<DownloadOutlined />} {...button} loading={progress !== null} onClick={run}>
      {busy ?? children}
    </Button>
  );
}
