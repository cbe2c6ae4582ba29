import { Flex, Form } from 'antd';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';

/**
 * The first and last day of a leave, trip or training (`startOn`, `endOn`: calendar days, both included),
 * side by side, wrapping on a phone; an end before the start is refused in words.
 */
export function DateRangeFields() {
  const { l } = useT();
  return (
    <Flex gap={12} wrap>
      <Form.Item
        name="startOn"
        label={l({ zh: '开始日期', en: 'First day' })}
        style={{ flex: '1 1 140px' }}
        rules={[{ required: true, message: l({ zh: '请选择开始日期', en: 'Choose the first day' }) }]}
      >
        <IsoDatePicker />
      </Form.Item>
      <Form.Item
        name="endOn"
        label={l({ zh: '结束日期', en: 'Last day' })}
        style={{ flex: '1 1 140px' }}
        dependencies={['startOn']}
        rules={[
          { required: true, message: l({ zh: '请选择结束日期', en: 'Choose the last day' }) },
          ({ getFieldValue }) => ({
            validator: (_, value: string | null) =>
              !value || !getFieldValue('startOn') || value >= getFieldValue('startOn')
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      l({ zh: '结束日期不能早于开始日期', en: 'The end cannot be before the start' }),
                    ),
                  ),
          }),
        ]}
      >
        <IsoDatePicker />
      </Form.Item>
    </Flex>
  );
}
