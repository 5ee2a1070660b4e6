export default async function globalTeardown(): Promise<void> {
  await globalThis.__YIDAN_TEST_ENGINE__?.stop();
}
