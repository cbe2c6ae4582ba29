import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title inside its card header, as the page's one heading (h1) for assistive tech and tests. */
export function CardHeading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ fontSize: 16, fontWeight: 600, margin: 0, lineHeight: 'inherit' }}>
      {children}
    </Typography.Title>
  );
}
