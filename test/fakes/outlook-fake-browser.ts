/** The Outlook fake as the browser tests serve it in Office.js's place; the message comes from `window.__KOKI_OUTLOOK_SETUP__`. */
import { FakeMailbox, installFakeOutlook, type MessageSpec } from "./outlook-fake";

const globals = globalThis as Record<string, unknown>;
const mailbox = new FakeMailbox();
mailbox.open(globals.__KOKI_OUTLOOK_SETUP__ as MessageSpec);
installFakeOutlook(mailbox);
const office = globals.Office as Record<string, unknown>;
office.onReady = () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" });
globals.__outlookFake = mailbox;
