const hours = { type: 'number', exclusiveMinimum: 0, help: { vi: 'giờ', en: 'hours' } };
const pair = {
  type: 'object',
  properties: { normal: { ...hours, label: { vi: 'Thường', en: 'Normal' } }, urgent: hours },
  required: ['normal', 'urgent'],
  additionalProperties: false,
};

/** Shaped like the JSON Schema the host derives from the connectors' zod schemas. */
export const schema = {
  type: 'object',
  properties: {
    baseUrl: { type: 'string', format: 'uri' },
    apiKey: { type: 'string', minLength: 1 },
    format: { default: 'json', type: 'string', enum: ['json', 'xml'] },
    pollMs: {
      default: 60000,
      type: 'integer',
      minimum: 5000,
      label: { vi: 'Chu kỳ đọc', en: 'Polling interval' },
      help: { vi: 'mili giây (ms)', en: 'milliseconds (ms)' },
    },
    /** A label without its English text is no label. */
    alertRate: { type: 'number', label: { vi: 'Hệ số cảnh báo' } },
    verbose: { type: 'boolean', default: false },
    sla: {
      default: { default: { normal: 72, urgent: 4 }, byService: {} },
      type: 'object',
      properties: {
        default: { ...pair, default: { normal: 72, urgent: 4 } },
        byService: { default: {}, type: 'object', propertyNames: { type: 'string', minLength: 1 }, additionalProperties: pair },
      },
      additionalProperties: false,
    },
    endpoints: { default: ['service-results'], minItems: 1, type: 'array', items: { type: 'string', enum: ['service-results', 'transparency'] } },
    urgentServices: { default: [], type: 'array', items: { type: 'string', minLength: 1 } },
    fieldMap: { type: 'object', propertyNames: { type: 'string', minLength: 1 }, additionalProperties: { type: 'string', minLength: 1 } },
    auth: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } }, required: ['username', 'password'] },
  },
  required: ['baseUrl', 'auth'],
  additionalProperties: false,
};
