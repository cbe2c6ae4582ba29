import { Alert, Button, Card, Flex, Input, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAnswerSurvey, useSurvey } from '../../api/assessment';
import { isApiError } from '../../app/http';

/**
 * 村民测评 / 村干部评议 on a phone, without an account (P21.5-voices): open the link of a QR code or type the
 * short code, answer five questions 1–5. Nothing about the answerer is kept; one answer per code.
 */
export default function SurveyPage() {
  const { code: fromLink = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const code = fromLink;
  const survey = useSurvey(code);
  const answer = useAnswerSurvey(code);
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const s = survey.data;
  const done = answer.isSuccess;
  const complete = s ? s.questions.every((_, i) => answers[i]) : false;

  return (
    <Flex justify="center" style={{ padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 520 }} title="驻村工作队测评">
        {!code && (
          <Flex vertical gap={12}>
            <Typography.Paragraph>请输入测评卡上的8位测评码（不区分大小写）。</Typography.Paragraph>
            <Input
              aria-label="测评码"
              size="large"
              placeholder="例如 ABCD-EFGH"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <Button
              type="primary"
              size="large"
              disabled={typed.trim().length < 8}
              onClick={() => navigate(`/survey/${typed.trim()}`)}
            >
              开始测评
            </Button>
          </Flex>
        )}
        {code && survey.isLoading && <Card loading bordered={false} />}
        {code && survey.error && (
          <Result
            status={isApiError(survey.error) && survey.error.status === 409 ? 'info' : 'warning'}
            title={(survey.error as Error).message}
            extra={<Button onClick={() => navigate('/survey')}>重新输入测评码</Button>}
          />
        )}
        {done && (
          <Result
            status="success"
            title="提交成功，感谢您的评价！"
            subTitle="本测评不记录您的身份，每个测评码只能使用一次。"
          />
        )}
        {s && !done && (
          <Flex vertical gap={16}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {s.villageName} · {s.year}年 · {s.audience === 'villagers' ? '村民测评' : '村干部评议'}
              。匿名作答，不记录姓名、手机和位置。
            </Typography.Paragraph>
            {s.questions.map((q, i) => (
              <fieldset key={q.text} aria-label={`第${i + 1}题`} style={{ border: 0, margin: 0, padding: 0 }}>
                <Typography.Paragraph strong style={{ marginBottom: 8 }}>
                  {i + 1}. {q.text}
                </Typography.Paragraph>
                <Radio.Group
                  value={answers[i]}
                  onChange={(e) =>
                    setAnswers((a) => Object.assign([...a], { [i]: e.target.value as number }))
                  }
                  optionType="button"
                  buttonStyle="solid"
                  style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
                  options={s.scale.map((o) => ({ value: o.value, label: `${o.value} ${o.label}` }))}
                />
              </fieldset>
            ))}
            {answer.error && <Alert type="error" message={(answer.error as Error).message} />}
            <Button
              type="primary"
              size="large"
              disabled={!complete}
              loading={answer.isPending}
              onClick={() => answer.mutate(answers as number[])}
            >
              提交
            </Button>
            <Typography.Text type="secondary">测评码有效期至 {s.expiresOn}</Typography.Text>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
