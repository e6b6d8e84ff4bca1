import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRET_MASK } from '../../../common/index.js';
import { placeholderOf, type ScalarField } from './schema-fields.js';

interface Props {
  field: ScalarField;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  label?: string;
}

/** One scalar option: a select, a number, a text, or a password that shows a kept secret as "unchanged", never its value. */
export function ScalarInput({ field, value, onChange, invalid, label }: Props) {
  const { t } = useTranslation();
  // A secret shown as its mask stays kept until something is typed, and again if the typing is erased.
  const [kept] = useState(field.kind === 'password' && value === SECRET_MASK);
  const common = { 'aria-invalid': invalid || undefined, 'aria-label': label, 'data-option-input': '' };
  if (field.kind === 'select' || field.kind === 'boolean') {
    const choices = field.kind === 'boolean' ? ['true', 'false'] : field.choices;
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)} required={field.mustFill}>
        <option value="">{placeholderOf(field)}</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'password') {
    const unchanged = value === SECRET_MASK;
    return (
      <input
        {...common}
        type="password"
        value={unchanged ? '' : value}
        onChange={(e) => onChange(e.target.value === '' && kept ? SECRET_MASK : e.target.value)}
        placeholder={unchanged ? t('console.secretKept') : placeholderOf(field)}
        required={field.mustFill && !unchanged}
        autoComplete="new-password"
      />
    );
  }
  return (
    <input
      {...common}
      type={field.kind}
      step={field.integer ? 1 : 'any'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={placeholderOf(field)}
      required={field.mustFill}
      autoComplete="off"
    />
  );
}
