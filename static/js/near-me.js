// "Use my location" beside each "Near" box: added only where the browser can tell where it
// is, and asked only when the resident presses it. Without JavaScript the box takes a postcode.
export function initNearMe(root = document) {
  if (!("geolocation" in navigator)) return;
  for (const input of root.querySelectorAll("input[data-nc-near]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "govuk-button govuk-button--secondary nc-near-me";
    button.textContent = input.dataset.ncNearLabel;
    const problem = document.createElement("p");
    problem.className = "govuk-body-s nc-near-me__problem";
    problem.setAttribute("role", "status");
    input.after(button, problem);
    button.addEventListener("click", () => {
      button.disabled = true;
      problem.textContent = "";
      navigator.geolocation.getCurrentPosition(
        (position) => {
          // About 100 metres: enough to sort by distance, and no more of where they are.
          const { latitude, longitude } = position.coords;
          input.value = `${latitude.toFixed(3)},${longitude.toFixed(3)}`;
          input.form.requestSubmit();
        },
        () => {
          button.disabled = false;
          problem.textContent = input.dataset.ncNearError;
        },
        { maximumAge: 600000, timeout: 15000 },
      );
    });
  }
}
