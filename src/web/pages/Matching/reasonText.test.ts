import { describe, expect, it } from 'vitest';
import { reasonText } from './reasonText';

const names = new Map([
  ['686ec456-e880-4050-ab0f-a626f152b3c3', '茶园村'],
  ['31832e9f-3d0c-4da5-9184-0c0e1ee34c23', '金华村'],
]);

describe('reasonText', () => {
  it('names the village of a need the server gives by id', () => {
    expect(reasonText('留在派出单位提名的需求 31832e9f-3d0c-4da5-9184-0c0e1ee34c23', names, 'zh')).toBe(
      '留在派出单位提名的需求（金华村）',
    );
    expect(
      reasonText(
        'Stays in need 31832e9f-3d0c-4da5-9184-0c0e1ee34c23, for which the unit proposed the candidate',
        names,
        'en',
      ),
    ).toBe('Stays in need (金华村), for which the unit proposed the candidate');
  });

  it('drops the id where the server already names the village', () => {
    expect(
      reasonText(
        '由需求 686ec456-e880-4050-ab0f-a626f152b3c3（茶园村）调整至此：县级统筹组队、科学搭配',
        names,
        'zh',
      ),
    ).toBe('由需求（茶园村）调整至此：县级统筹组队、科学搭配');
    expect(
      reasonText(
        'Candidate moved from need 686ec456-e880-4050-ab0f-a626f152b3c3 (茶园村): the county composes',
        names,
        'en',
      ),
    ).toBe('Candidate moved from need (茶园村): the county composes');
  });

  it('leaves an id it cannot name, and a message without ids, as they are', () => {
    const unknown = '留在派出单位提名的需求 00000000-0000-4000-8000-000000000000';
    expect(reasonText(unknown, names, 'zh')).toBe(unknown);
    expect(reasonText('有农村工作经验', names, 'zh')).toBe('有农村工作经验');
  });
});
