// The one page the bench serves once per tool: a small company site (a carpentry workshop)
// with a header, a hero image, text and a footer. Each tool fills in the same four slots:
// what goes in <head>, the gated analytics script in its own gating style, the footer's
// "Cookie settings" link, and what goes at the end of <body>.

export interface Slots {
  head: string;
  gated: string;
  settingsLink: string;
  bodyEnd: string;
}

export function page(title: string, slots: Slots): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lindqvist Snickeri – furniture and joinery in Östersund (${title})</title>
  <meta name="description" content="Lindqvist Snickeri makes kitchens, stairs and furniture to measure in solid Nordic wood, from a small workshop in Östersund.">
  <link rel="stylesheet" href="/assets/site.css">
  ${slots.head}
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Lindqvist Snickeri</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="#work">Our work</a></li>
        <li><a href="#workshop">The workshop</a></li>
        <li><a href="#contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <figure class="hero">
    <img src="/assets/hero.jpg" width="1440" height="720" alt="Oak boards on the workbench, with a chisel and a mallet">
    <figcaption><h1>Furniture and joinery, made to measure in solid wood</h1></figcaption>
  </figure>
  <main>
    <p>We are three carpenters in a workshop on Rådhusgatan in Östersund. Since 1987 we have
      made kitchens, stairs, doors and furniture for homes in Jämtland and beyond: drawn with
      you, built by hand from Swedish oak, ash and pine, and fitted by the same people who made them.</p>
    <p><a class="cta" href="#contact">Ask for a quote</a></p>
    <h2 id="work">Our work</h2>
    <ul class="services">
      <li><h3>Kitchens</h3><p>Solid-wood fronts and frames, oiled or painted, with drawers that still run smoothly in thirty years.</p></li>
      <li><h3>Stairs and railings</h3><p>Straight, winding or floating stairs in oak or ash, measured and fitted on site.</p></li>
      <li><h3>Furniture</h3><p>Tables, benches, bookcases and beds to your drawings or ours, joined without a single screw where we can.</p></li>
      <li><h3>Restoration</h3><p>Old doors, windows and heirlooms repaired with the joints and finishes they were first made with.</p></li>
    </ul>
    <h2 id="workshop">The workshop</h2>
    <p>Our wood comes from sawmills within a hundred kilometres, dried slowly in our own kiln.
      We finish with linseed oil, soap or hard wax oil instead of lacquer, so that a scratch can be
      sanded and oiled at home. Visitors are welcome on weekdays; the coffee is usually on.</p>
    <p>Every piece leaves with a card that says who made it, which wood it is and how to look
      after it. Bring it back in ten years and we will oil it for free.</p>
    <h2 id="contact">Contact</h2>
    <p>Rådhusgatan 14, 831 34 Östersund · <a href="tel:+4663123456">063-12 34 56</a> ·
      <a href="mailto:verkstad@lindqvist-snickeri.example">verkstad@lindqvist-snickeri.example</a></p>
    <p>Open Monday to Friday 7–16, Saturdays by appointment.</p>
  </main>
  <footer class="site-footer">
    <p>© Lindqvist Snickeri AB · Org.nr 556000-0000</p>
    <p><a href="/privacy.html">Privacy notice</a> · ${slots.settingsLink}</p>
  </footer>
  ${slots.gated}
  ${slots.bodyEnd}
</body>
</html>
`;
}
