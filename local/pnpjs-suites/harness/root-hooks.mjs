// Stands in for PnPjs's test/mocha-root-hooks.ts: the same `this.pnp` context, but pointed at the
// emulator (PNPJS_EMULATOR_URL) with the product's own PnPjs behaviours instead of MSAL and
// @pnp/nodejs, and no test web created (the emulator has no subwebs: the site is the test web).
import * as chai from "chai";
import chaiAsPromised from "chai-as-promised";
import { spfi, SPBrowser } from "@pnp/sp";
import "@pnp/sp/webs";

const siteUrl = process.env.PNPJS_EMULATOR_URL;
const testUser = process.env.PNPJS_TEST_USER;

// chai-as-promised cuts a rejection's message short: every answer that is not a success goes to
// the suite's log in full, so a failure can be told apart as out of scope (501) or a wrong answer.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (!response.ok) {
        const body = await response.clone().text();
        process.stderr.write(`[answer] ${init?.method ?? "GET"} ${String(input)} -> ${response.status} ${body.slice(0, 400)}\n`);
    }
    return response;
};

export const mochaHooks = {
    beforeAll: [
        function setup() {
            if (!siteUrl) throw new Error("PNPJS_EMULATOR_URL is not set: run the suites through local/pnpjs-suites/run.ts.");
            chai.use(chaiAsPromised);
            const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
            this.pnp = {
                args: { mode: "cmd", site: siteUrl, skipWeb: false, deleteWeb: false, logging: 99, deleteAllWebs: false, record: false, recordMode: "read" },
                settings: { enableWebTests: true, testUser, sp: { url: siteUrl, testWebUrl: siteUrl } },
                testProps: { get: async (_key, defaults) => defaults, set: async () => undefined },
                _sp: sp,
                sp,
            };
        },
    ],
};
