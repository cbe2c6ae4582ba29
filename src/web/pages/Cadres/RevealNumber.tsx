import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useReveal } from '../../api/cadres';
import { useT } from '../../app/i18n';

/** How long a revealed number stays on screen before it is masked again. */
const SHOWN_SECONDS = 30;

/**
 * A masked number (ID or phone) with a "show" button for those allowed: the full number comes from the
 * audited reveal call, only after a confirmation, and is masked again after a short while or on "hide".
 */
export function RevealNumber({
  cadreId,
  what,
  masked,
  allowed,
}: {
  cadreId: string;
  what: 'id' | 'phone';
  masked: string;
  allowed: boolean;
}) {
  const { l } = useT();
  const { message } = App.useApp();
  const reveal = useReveal();
  const [plain, setPlain] = useState<string | null>(null);
  const [left, setLeft] = useState(0);
  const label =
    what === 'id' ? l({ zh: '身份证号', en: 'ID number' }) : l({ zh: '手机号', en: 'phone number' });

  useEffect(() => {
    if (plain === null) return;
    const timer = setInterval(() => {
      setLeft((s) => {
        if (s <= 1) {
          setPlain(null);
          return 0;
        }
        return s - 1;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [plain]);

  const show = () =>
    reveal.mutate(
      { id: cadreId, what },
      {
        onSuccess: (value) => {
          setPlain(value);
          setLeft(SHOWN_SECONDS);
        },
        onError: (e) => message.error(e.message),
      },
    );

  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text code style={{ fontSize: 14 }}>
        {plain ?? masked}
      </Typography.Text>
      {plain !== null ? (
        <>
          <Button
            size="small"
            icon={<EyeInvisibleOutlined />}
            onClick={() => setPlain(null)}
            aria-label={l({ zh: `隐藏${label}`, en: `Hide the ${label}` })}
          >
            {l({ zh: '隐藏', en: 'Hide' })}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: `${left} 秒后自动隐藏`, en: `hidden again in ${left} s` })}
          </Typography.Text>
        </>
      ) : (
        allowed && (
          <Popconfirm
            title={l({ zh: `查看完整${label}？`, en: `Show the full ${label}?` })}
            description={l({
              zh: '查看将记入审计日志（谁、何时、查看了谁的号码）。',
              en: 'This is written to the audit log (who, when, whose number).',
            })}
            okText={l({ zh: '查看', en: 'Show' })}
            cancelText={l({ zh: '取消', en: 'Cancel' })}
            onConfirm={show}
          >
            <Button
              size="small"
              icon={<EyeOutlined />}
              loading={reveal.isPending}
              aria-label={l({ zh: `查看完整${label}`, en: `Show the full ${label}` })}
            >
              {l({ zh: '查看完整号码', en: 'Show full number' })}
            </Button>
          </Popconfirm>
        )
      )}
    </Flex>
  );
}
