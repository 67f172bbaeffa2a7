// Progressive enhancement only: every page works without this script.
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";
import { initNearMe } from "./near-me.js";

initAll();
initNearMe();
