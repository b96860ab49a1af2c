// Another library's <sp-timeline>, registered before Sparkpulse loads: a plain
// element that only writes its own text, so the tests can tell whose it is.
class OtherTimeline extends HTMLElement {
  connectedCallback() {
    this.textContent = 'the other library’s timeline';
  }
}
window.OtherTimeline = OtherTimeline;
customElements.define('sp-timeline', OtherTimeline);
