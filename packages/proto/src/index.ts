export * from './stdcopy';
