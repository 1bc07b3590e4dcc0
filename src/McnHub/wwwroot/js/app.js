// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/lib/nhsuk-frontend/nhsuk-frontend.min.js';

// NHS.UK's page template marks the body with an inline script, which the CSP forbids; the components
// initialise only on a body with this class. A module script runs only where modules are supported,
// which is what the class stands for.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
