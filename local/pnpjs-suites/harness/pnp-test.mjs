// Stands in for PnPjs's test/pnp-test.ts: the same pnpTest wrapper without @pnp/graph, which the
// product does not install and the SharePoint suites never use.
import { spfi } from "@pnp/sp";

export const PnPTestHeaderName = "X-PnP-TestId";

const idDupeTracker = [];

function PnPTestIdHeader(id) {
    return (instance) => {
        instance.on.pre.prepend(async function (url, init, result) {
            init.headers = { ...init.headers, [PnPTestHeaderName]: id() };
            return [url, init, result];
        });
        return instance;
    };
}

export function pnpTest(id, testFunc) {
    if (idDupeTracker.indexOf(id.toLowerCase()) > -1) {
        throw Error(`Test id ${id} is already in use.`);
    }
    idDupeTracker.push(id.toLowerCase());
    return async function (...args) {
        this.pnpid = id;
        this.props = this.pnp.testProps.get.bind(this.pnp.testProps, this.pnpid);
        this.pnp.sp = spfi(this.pnp._sp).using(PnPTestIdHeader(() => this.pnpid));
        return testFunc.apply(this, args);
    };
}
