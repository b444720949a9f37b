// The app's own projector theme: reveal.js's structural CSS, no reveal theme (they load
// remote fonts), a bundled Atkinson Hyperlegible (latin + latin-ext), and our styles.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import 'reveal.js/reveal.css';
import './tokens.css';
import './app.css';
import './projector.css';
