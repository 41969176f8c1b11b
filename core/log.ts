// Structured JSON logging (pino) with personal data (证件号, phone) and secrets redacted.
import pino from 'pino';
import { config } from './config';

export const REDACT_PATHS = [
  'person_id',
  '*.person_id',
  'phone',
  '*.phone',
  'password',
  '*.password',
  'apiKey',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

export const log = pino({
  level: config().logLevel,
  redact: { paths: REDACT_PATHS, censor: '***' },
  base: { app: 'mingjing' },
});
