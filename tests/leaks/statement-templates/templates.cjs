"use strict";

const standard = {
  name: "standard",
  source: `<article class="statement">
  <header>
    <h1>Statement of account</h1>
    <p class="holder">{{holder}}</p>
    <p>Account {{accountNumber}} · Period {{period}}</p>
  </header>
  <table class="lines">
    <thead><tr><th>Date</th><th>Description</th><th>Amount</th><th>Balance</th></tr></thead>
    <tbody>
    {{#each lines}}<tr><td>{{date bookedOn}}</td><td>{{description}}</td><td>{{money amountCents}}</td><td>{{money balanceCents}}</td></tr>
    {{/each}}
    </tbody>
  </table>
  <footer>
    <p>Opening balance {{money openingCents}} · Closing balance {{money closingCents}}</p>
    {{#if overdrawn}}<p class="warn">Your account was overdrawn during this period.</p>{{/if}}
  </footer>
</article>`,
};

const business = {
  name: "business",
  source: `<article class="statement business">
  <header>
    <h1>{{holder}}</h1>
    <p>Business current account {{accountNumber}} · VAT {{vatNumber}} · {{period}}</p>
  </header>
  <section class="totals">
    <p>Money in {{money creditsCents}}</p><p>Money out {{money debitsCents}}</p>
  </section>
  <table class="lines">
    <thead><tr><th>Date</th><th>Counterparty</th><th>Reference</th><th>Amount</th></tr></thead>
    <tbody>
    {{#each lines}}<tr><td>{{date bookedOn}}</td><td>{{counterparty}}</td><td>{{description}}</td><td>{{money amountCents}}</td></tr>
    {{/each}}
    </tbody>
  </table>
  <footer><p>Closing balance {{money closingCents}}</p></footer>
</article>`,
};

module.exports = { TEMPLATES: { standard, business } };
