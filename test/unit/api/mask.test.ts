// Masking of personal data for roles without need-to-know.
import { maskDeep, maskPersonId, maskPhone, maskText } from '../../../api/mask';
import { idCardCheckChar } from '../../../core/ids';

const first17 = '11010519900101002';
const ID = first17 + idCardCheckChar(first17);

describe('masking personal data', () => {
  it('masks a 身份证号 to its first 6 and last 4 characters', () => {
    expect(maskPersonId(ID)).toBe(`110105********${ID.slice(14)}`);
  });

  it('masks a mobile number to 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks ids and mobiles inside free text but leaves a USCC alone', () => {
    const uscc = '91110108MA01XXXXX1';
    const s = maskText(`张三（${ID}）电话13812345678，企业 ${uscc}`);
    expect(s).toContain('110105********');
    expect(s).toContain('138****5678');
    expect(s).not.toContain(ID);
    expect(s).toContain(uscc);
  });

  it('leaves an 18-digit number that fails the check digit unmasked in free text', () => {
    const wrong = first17 + (idCardCheckChar(first17) === '0' ? '1' : '0');
    expect(maskText(`编号 ${wrong}`)).toContain(wrong);
  });

  it('masks Person and Phone nodes, their ids and personal fields, consistently', () => {
    const out = maskDeep({
      node: {
        id: `Person:${ID}`,
        label: 'Person',
        key: ID,
        name: '张三',
        properties: { person_id: ID, phone: '010-12345678' },
      },
      phone: { id: 'Phone:13812345678', label: 'Phone', key: '13812345678', name: '13812345678' },
      edge: { source: `Person:${ID}`, target: 'Phone:13812345678' },
    }) as Record<string, Record<string, unknown>>;
    expect(out.node.key).toBe(maskPersonId(ID));
    expect(out.node.id).toBe(`Person:${maskPersonId(ID)}`);
    expect(out.edge.source).toBe(out.node.id);
    expect(out.edge.target).toBe(out.phone.id);
    expect((out.node.properties as Record<string, string>).phone).toBe('010*****5678');
    expect(JSON.stringify(out)).not.toContain(ID);
    expect(JSON.stringify(out)).not.toContain('13812345678');
  });

  it('masks passports by keeping only their ends', () => {
    expect(maskPersonId('E12345678')).toBe('E1*****78');
  });
});
