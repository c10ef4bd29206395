import { writeFile } from "node:fs/promises";
import { test as base, expect } from "@playwright/test";
import { launchEngine, type EngineName, type EnginePage } from "./engine.ts";

/**
 * The cross-engine tests' `test`: one browser of the project's engine per worker, shared by its tests
 * (a start costs seconds), and `essay`, that browser's page, which fails a test if the page logged a
 * console error or warning, threw, or had a resource refused while the test ran.
 */
export const test = base.extend<{ essay: EnginePage }, { engineName: EngineName; engine: EnginePage }>({
  engineName: ["firefox", { option: true, scope: "worker" }],
  engine: [
    async ({ engineName }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("the cross-engine tests need the project's baseURL");
      const engine = await launchEngine(engineName, baseURL);
      await use(engine);
      await engine.close();
    },
    { scope: "worker", timeout: 180_000 },
  ],
  essay: async ({ engine }, use, testInfo) => {
    const before = await engine.takeProblems();
    await use(engine);
    if (testInfo.status !== testInfo.expectedStatus) {
      const path = testInfo.outputPath(`${engine.name}.png`);
      await engine.screenshot().then((body) => writeFile(path, body)).then(() => testInfo.attach("screenshot", { path, contentType: "image/png" }), () => undefined);
    }
    const problems = [...before, ...(await engine.takeProblems())];
    expect(problems, `console errors, warnings, page errors or refused resources in ${engine.version}`).toEqual([]);
  },
});

export { expect };
