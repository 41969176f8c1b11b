// Multipart upload of import files (CSV/XLSX) into one folder per upload, with size and count limits;
// any failure of the form becomes a typed error (413 for size, 415 for a non-multipart body, 400 else).
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import type { RequestHandler } from 'express';
import { InputError, isMingjingError } from '../../core/errors';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './problem';

export interface UploadLimits {
  dir: string;
  maxBytes: number;
  maxFiles: number;
}

/** A safe file name that keeps the stem ingest reads the kind from (`投标_2024.csv`). */
export function safeName(original: string, taken: Set<string>): string {
  const base = path.basename(original.replace(/\\/g, '/'));
  const clean =
    base
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .replace(/^\.+/, '')
      .slice(-120) || 'file.csv';
  let name = clean;
  const ext = path.extname(clean);
  for (let i = 2; taken.has(name); i++) name = `${clean.slice(0, clean.length - ext.length)}_${i}${ext}`;
  taken.add(name);
  return name;
}

function badFile(name: string): InputError {
  return new InputError(
    'upload.type',
    `文件 ${name} 不是 CSV 或 XLSX`,
    `file ${name} is not a CSV or XLSX file`,
    { field: 'files', file: name },
  );
}

export function uploadMiddleware(o: UploadLimits, newId: () => string): RequestHandler {
  const storage = multer.diskStorage({
    destination: (req, _file, cb) => {
      const dir = path.join(o.dir, String(req.res?.locals.uploadId));
      fs.mkdirSync(dir, { recursive: true });
      cb(null, dir);
    },
    filename: (req, file, cb) => {
      const locals = req.res!.locals as { taken?: Set<string> };
      locals.taken ??= new Set();
      cb(null, safeName(file.originalname, locals.taken));
    },
  });
  const m = multer({
    storage,
    defParamCharset: 'utf8',
    limits: { fileSize: o.maxBytes, files: o.maxFiles, fields: 10, fieldSize: 1000, parts: o.maxFiles + 10 },
    fileFilter: (_req, file, cb) =>
      /\.(csv|xlsx)$/i.test(file.originalname) ? cb(null, true) : cb(badFile(file.originalname)),
  }).array('files', o.maxFiles);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      throw new UnsupportedMediaTypeError(
        'upload.content_type',
        '上传应为 multipart/form-data',
        'an upload must be multipart/form-data',
        {
          field: 'content-type',
        },
      );
    }
    res.locals.uploadId = newId();
    m(req, res, (err?: unknown) => {
      if (!err) return next();
      fs.rmSync(path.join(o.dir, String(res.locals.uploadId)), { recursive: true, force: true });
      const code = (err as { code?: string }).code;
      if (isMingjingError(err)) return next(err);
      if (code === 'LIMIT_FILE_SIZE')
        return next(
          new PayloadTooLargeError(
            'upload.too_large',
            `单个文件不能超过 ${o.maxBytes} 字节`,
            `each file must be at most ${o.maxBytes} bytes`,
            { field: 'files' },
          ),
        );
      const msg = String((err as Error).message ?? err).slice(0, 200);
      next(
        new InputError('upload.malformed', `上传表单无效：${msg}`, `invalid upload form: ${msg}`, {
          field: 'files',
        }),
      );
    });
  };
}
