// 股权穿透 (ownership penetration): pure computation, graph loaders and the bulk table used by rules.
export * from './control';
export * from './bulk';
export * from './penetrate';
