import type { SeedArticle } from "./types";

export const politicsFinanceArticles: SeedArticle[] = [
  {
    slug: "the-last-newspaper-in-harlow-county",
    title: "The Last Newspaper in Harlow County",
    dek: "When the weekly paper closed, turnout in local races fell, and the first people to notice were the candidates.",
    topic: "politics",
    authors: ["daniel-reyes"],
    tags: ["Local News", "Elections", "Civic Life"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-09-24T10:00:00Z",
    featuredImage: {
      art: "library",
      alt: "Reading tables and tall shelves in a small county library",
      caption: "The county library has become an unofficial notice board for local government.",
      credit: "Illustration: The Meridian",
    },
    body: `For sixty-one years, *The Harlow Sentinel* came out every Thursday. It was never a great newspaper, and the people who worked there would be the first to say so. It ran the school lunch menus and the high school box scores, the police blotter and the planning board minutes, the obituaries and the letters complaining about the obituaries. Its circulation peaked at around nine thousand, in a county of about thirty thousand people. Its final edition, three years ago, ran to twelve pages.

What happened after it closed is harder to measure than what happened while it was open, but people in Harlow County have tried. The most striking numbers come from the county clerk's office. In the two local election cycles before the paper closed, turnout in races for the county board averaged a little under forty percent. In the two cycles after, it averaged twenty-six. Turnout for state and federal races, over the same period, barely moved.

The number of candidates fell too. Three seats on the county board went uncontested in the first election after the closure, and the school board, which once routinely drew more candidates than it had seats, had to recruit people just to fill the ballot. One township supervisor's race was decided by write-in votes. There were seven of them.

> People think a local paper tells you what happened. Mostly it tells you that something is about to happen. The meeting is Tuesday. The vote is on the zoning change. The filing deadline is Friday. Take that away and people don't stop caring. They just find out too late.

That is Loretta Brisbane, who edited the *Sentinel* for its last fourteen years and now works part-time at the county library. She is careful not to overstate the case. Turnout in local elections was sliding across the country long before the paper closed, and Harlow County is older and smaller than it was when the *Sentinel* was founded; the [Census Bureau's](https://www.census.gov) estimates show it losing residents in most years of the past decade. Correlation, she says, is not proof, and it is certainly not a business plan.

But the candidates noticed first, and their accounts line up. Without a paper, the cheapest way to reach voters was gone. A candidate for the county board who once could count on a profile, a question-and-answer feature and coverage of a candidates' forum now has to buy mailers, which cost more than most local races raise. Social media filled some of the gap, but unevenly: the county's most active online groups are organized around neighborhoods and grievances, and they reward conflict. Two former board members told me they chose not to run again partly because, as one of them put it, "the only coverage left is the kind where you're the villain."

There have been attempts to replace the *Sentinel*. A retired teacher started an email newsletter that covers the county board; it has about eleven hundred subscribers and relies on volunteers who sit through meetings in person. The library now pins agendas to a corkboard in the lobby, and every week Brisbane prints a one-page, unsigned summary of upcoming votes and leaves a stack by the door. They are gone, she says, by Saturday.

None of this replaces what was lost, and no one in Harlow claims it does. What it shows is that the job the paper did was more basic than journalism in the grand sense. It was notice: a shared, reliable way of knowing which decisions were coming and when. The same missing ingredient runs through the way local district lines are drawn, as we report in [our look at county redistricting](/articles/what-the-county-maps-leave-out), where maps that shape local power are settled in rooms nobody knows to attend.

There is no obvious fix. Foundations have funded nonprofit newsrooms in larger cities, and several legislatures have debated subsidies for local news, but a county of thirty thousand is too small for most of those models. What Harlow County may need most, Brisbane suggests, is less a newspaper than a habit: someone whose job is simply to write down what is coming and make sure people see it.

"It doesn't have to be beautiful," she said, squaring the edges of the week's stack. "It has to be Thursday."`,
  },
  {
    slug: "why-your-money-still-takes-three-days",
    title: "Why Your Money Still Takes Three Days",
    dek: "Instant payments are finally spreading, but the slow plumbing underneath them survives for reasons that have more to do with risk and float than with technology.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Payments", "Banking", "Consumer Finance"],
    publishedAt: "2026-09-29T09:00:00Z",
    featuredImage: {
      art: "night-city",
      alt: "Office towers lit up at night above a quiet downtown street",
      caption: "Much of the payment system still does its real work in overnight batches.",
      credit: "Illustration: The Meridian",
    },
    body: `Ask most people how money moves from one bank account to another and they will describe something like email: you press a button, and it arrives. For a growing share of payments, that is now roughly true. For a surprising number of others it is not. Money that leaves one account on a Monday can spend a day or more in a kind of limbo before it is usable on the other side, and the reasons have less to do with technology than with history, risk and the quiet economics of float.

## The batch problem

Much of the plumbing of the American payment system was built around the batch. Rather than moving each payment on its own, banks collect instructions throughout the day, bundle them and send them to a clearing system at set times. The clearing system sorts the bundles, works out what each bank owes every other bank and settles the net amounts. Then the receiving banks post the money to their customers' accounts, often according to their own schedules and holding policies.

Each step made sense when it was designed. Batching is efficient: it is cheaper to settle one net figure between two banks than ten thousand separate transfers. Holding periods give banks time to catch fraud and bounced payments before the money is gone.

But each step also adds time, and the delays compound. A payment sent after a cutoff waits for the next window. A payment sent on a Friday evening may wait for Monday.

> People imagine the delay is a machine being slow. The machines are fast. The delay is a series of decisions, each made by someone managing a risk, and nobody ever went back and added them up.

That is how Priya Castellanos, who ran payment operations at a regional bank for fifteen years, describes the problem. She now advises credit unions that are modernizing their systems, and she says the hardest conversations are rarely about software.

## What instant payments change

Over the past several years, real-time payment networks have spread, including the [Federal Reserve's](https://www.federalreserve.gov) own instant payment service and a private network owned by a group of large banks. On these rails, each payment is cleared and settled individually, in seconds, at any hour. The receiving bank learns the money is final at the same moment its customer does.

Adoption has been uneven, for reasons that say a lot about how banking works:

- **Receiving is easier than sending.** Many institutions signed up to receive instant payments first, because it costs little and customers like it. Sending requires fraud controls that work in real time, which is harder and more expensive.
- **Float is revenue.** When money sits in transit, someone earns interest on it. A day of float on billions of dollars is real income.
- **Finality cuts both ways.** A payment that is final in seconds cannot be clawed back when it turns out to be a scam. Fraud that once had a day or two to be caught now has none.
- **Small institutions move slowly.** Community banks and credit unions rely on a handful of core-processing vendors, and they can only offer what those vendors support.

## Who pays for the wait

The costs of slow payments fall unevenly. A salaried professional with a cushion in checking barely notices a one-day delay. A worker living paycheck to paycheck, whose rent is due on the first and whose pay lands on the second, notices a great deal, often in the form of an overdraft fee. Regulators including the [FDIC](https://www.fdic.gov) have scrutinized overdraft programs for years, and studies have repeatedly found that a small share of account holders pays most of the fees. Timing mismatches are part of the reason.

Businesses feel the same squeeze at a larger scale. A small supplier waiting on a customer's payment is, in effect, making that customer an interest-free loan, one of the themes of [our report on trade finance and small exporters](/articles/the-paper-that-moves-the-ships). *Settlement Weekly*, a trade newsletter, estimated last year that mid-sized firms routinely hold several days of extra cash simply to absorb payment timing.

None of this will disappear overnight. Batch systems are cheap, reliable and deeply embedded, and many payments genuinely do not need to arrive in seconds. But the question has shifted. For decades, the burden of proof lay with anyone who wanted money to move faster. Increasingly it lies with those who want it to move slowly, and they will have to explain who benefits from the wait.`,
  },
  {
    slug: "the-comptroller-who-read-every-contract",
    title: "The Comptroller Who Read Every Contract",
    dek: "In a capitol where nobody audits the auditors, an elected bookkeeper turned a sleepy office into the most feared desk in the building.",
    topic: "politics",
    authors: ["helen-marlowe"],
    tags: ["State Government", "Accountability", "Budgets"],
    publishedAt: "2026-10-06T09:00:00Z",
    issue: "2026-10-01",
    featuredImage: {
      art: "parliament",
      alt: "The dome of a state capitol building against a pale sky",
      caption: "The comptroller's office sits two floors below the legislative chambers.",
      credit: "Illustration: The Meridian",
    },
    body: `Nobody ran against Celia Brandt. That is the first thing people in the capitol tell you about her, usually with a note of grievance, as though an uncontested race for state comptroller were a trick she had played on them. In a year when the governor's race drew record spending and every suburban legislative seat was fought door to door, the comptroller's line on the ballot was a formality. Brandt, a former hospital finance director from the river town of Pine Ridge, won it with a budget of eleven thousand dollars and a website her nephew built over a weekend.

The office she inherited was, by design, forgettable. A state comptroller in most places is the government's bookkeeper: the person who cuts the checks, keeps the ledger and publishes an annual financial report that perhaps a few hundred people read. The job carries real legal power, since no payment leaves the treasury without the comptroller's signature, but for decades that signature had been a rubber stamp. Brandt's predecessor, a genial man who served four terms, liked to say that his office was "the plumbing, not the architecture."

Brandt had a different idea of plumbing. In her second week she asked to see a sample of the contracts her office was being asked to pay. Not the summaries, which arrived as tidy one-page memos, but the contracts themselves, with their amendments and change orders. A clerk brought her a box. She read it over a weekend and came back on Monday with a list of questions that, according to three people who were in the room, nobody on the staff could answer.

The most famous of them concerned road salt. The transportation department had two agreements with the same supplier, signed eighteen months apart, covering overlapping districts. Under one, the state paid by the ton delivered. Under the other, it paid by the ton ordered. For two winters the department had been paying for much of the same salt twice, a little more than four million dollars in all.

In the scheme of a state budget, it was not a large sum. But it became a story, first in *The Capitol Record*, a small statehouse newsletter, and then everywhere, because it was so easy to understand. Everybody knows what a bag of salt is. Everybody knows you should not pay for it twice.

The question Brandt asked in public was simpler still. If one box of contracts held a mistake like that, what was in the rest of them? It took her office three years to find out, and the answer changed how the state spends money, and how its politicians feel about the people who watch them do it.

=== page ===

## The yellow folders

Brandt's method was not sophisticated, and she is quick to say so. She assigned two auditors, then six, then fourteen, to a unit whose only job was to read contracts before the state paid them. Anything that looked odd went into a yellow folder. A yellow folder did not stop a payment on its own. It meant that someone in the agency that signed the contract had to explain, in writing, what the state was buying and why the price made sense.

The early folders were full of small things: licenses for software nobody used, a consulting agreement renewed automatically for the sixth year running, a parking garage lease for a building the state had already sold. Agencies grumbled, then adjusted. Within a year the number of folders fell by a third, not because the auditors were looking less hard but because procurement officers had begun to anticipate what they would ask.

![Shelves of archive boxes in a records room](art:library "Every contract the unit flagged, and how it was resolved, is now published online. | Illustration: The Meridian")

That anticipation, more than any recovered payment, is what Brandt's deputy, a former federal bank examiner named Marcus Adeyemi-Price, considers the real achievement.

> We never had the staff to catch everything. What we could do was make everyone assume we might. A contract written for a reader is a different document from a contract written for a drawer.

There are models for this kind of work. The [Government Accountability Office](https://www.gao.gov) audits federal spending for Congress, and a handful of big cities run pre-payment review units. But in most states the audit comes after the money is gone, when getting it back means lawsuits, settlements and years of delay. Brandt's insight was that the comptroller's signature, the one power her office undeniably held, could be used at the front of the process rather than at the end.

The cost was friction. Payments that once took ten days sometimes took thirty. Small vendors, who cannot float a month of unpaid invoices the way large contractors can, complained loudly and with some justice. A road crew in the northern counties went unpaid for six weeks over a disputed fuel surcharge, and the story of a family-owned paving company taking out a loan to make payroll did more damage to Brandt's reputation than any legislator's speech.

She responded by creating a fast lane. Contracts under a set size, from vendors with a clean record, would be paid within a week unless there was a specific reason to hold them. The yellow folders were reserved for the large, the complicated and the strange. It was a concession, and it worked.

=== page ===

## The backlash

It was the legislature, not the agencies, that finally pushed back. In Brandt's third year, the budget committee proposed cutting her office's appropriation by a fifth and moving the contract review unit under the governor's budget office, where, as one sponsor put it, it would be "better integrated." Everyone understood what that meant. A review unit that reports to the officials whose spending it reviews is not a review unit.

The fight that followed was the kind of inside-the-building battle that rarely reaches voters. It reached them this time partly because of the salt, which had become a kind of shorthand, and partly because Brandt did something comptrollers almost never do: she went on the road. Over a single summer she held forty town meetings, most of them in libraries and fire halls, where she walked people through the state's checkbook line by line. Attendance was modest. Local coverage was not. Editors at small weeklies, short of staff and hungry for a story with numbers in it, ran her charts on their front pages.

The budget cut died in committee. Two of its sponsors drew unexpected primary challengers the next spring, and although neither lost, both won by smaller margins than they were used to. The lesson the capitol drew was not subtle. An office most voters could not name had, with a box of contracts and a traveling slideshow, made itself politically expensive to touch.

Whether that is a good thing depends on whom you ask. Critics, including some who admire Brandt personally, worry that a comptroller with a following is a comptroller with ambitions, and that the line between scrutiny and showmanship is thinner than her supporters admit. An elected auditor who learns that public fights win elections may be tempted to pick them. Brandt's answer is that every yellow folder, with its resolution, has been posted on a public website since her first year, and that anyone who thinks she is playing politics with them is welcome to read them all.

There is a broader point here about where accountability actually lives in American government. The offices that matter most to how money is spent are often the ones at the bottom of the ballot, filled by people nobody interviewed in races nobody covered. The same is true of the lines that decide who gets elected in the first place, a subject we take up in [our look at county redistricting](/articles/what-the-county-maps-leave-out).

Brandt is running for a second term this fall. Once again, nobody has filed against her. This time, people in the capitol say, it is not because the job is too small to want.`,
  },
  {
    slug: "the-paper-that-moves-the-ships",
    title: "The Paper That Moves the Ships",
    dek: "Trade finance is the oldest and least glamorous corner of banking, and when it tightens, small exporters are the first to find out.",
    topic: "finance",
    authors: ["amara-lindqvist"],
    tags: ["Trade Finance", "Small Business", "Exports"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-10-16T11:00:00Z",
    issue: "2026-10-15",
    featuredImage: {
      art: "harbor",
      alt: "Container cranes and stacked shipping containers at a small port",
      caption:
        "Every container that leaves the terminal travels with a stack of documents that a bank must check.",
      credit: "Illustration: The Meridian",
    },
    body: `The ceramics workshop that Ingeborg Halvorsen runs outside the port town of Adair Point employs nineteen people and ships about two containers a month, mostly tiles and glazed planters bound for hotels and garden centers overseas. Every one of those containers depends on a financial instrument that has changed remarkably little since merchants were using early versions of it centuries ago.

The instrument is the letter of credit, and for most of the firm's history Halvorsen barely thought about it. Her bank issued the paperwork, her buyers' banks confirmed it, and the money arrived. That changed two years ago, when her longtime lender, a regional bank, closed its trade finance desk. "They told us it wasn't worth it for accounts our size," she said. "We'd been with them for twenty-two years."

## How the paper works

A letter of credit solves a problem as old as long-distance trade: neither side wants to go first. The exporter does not want to ship goods to a buyer on another continent and hope to be paid. The buyer does not want to pay for goods it has not received. The solution is to put banks in the middle. In its simplest form, the process runs like this:

1. The buyer asks its bank to issue a letter of credit, promising to pay the exporter a set amount if the exporter presents specific documents.
2. The exporter's bank reviews the letter and, for a fee, may confirm it, adding its own promise to pay.
3. The exporter ships the goods and gathers the required documents: a bill of lading from the shipping line, an invoice, an insurance certificate.
4. The exporter's bank checks the documents against the letter's terms, line by line, and forwards them.
5. If everything matches, the buyer's bank pays. If anything does not, payment can be delayed or refused.

Banks deal in documents, not goods. A letter of credit does not guarantee that the tiles arrived unbroken; it guarantees payment against paperwork saying they were shipped. The rules most banks follow are published by the [International Chamber of Commerce](https://iccwbo.org), and they are applied with a literal-mindedness that startles first-time exporters. A misspelled port name or a date in the wrong format can be grounds for rejection.

## Why it is getting harder

On paper, trade finance is a safe business. Losses on letters of credit are low, because the goods and documents provide security. But the work is labor-intensive and heavy with compliance. Each transaction needs trained staff to examine documents and checks of every party against sanctions lists and anti-money-laundering rules. For a large company shipping hundreds of containers a month, the fees cover the cost. For a firm shipping two, they often do not.

The result is what economists call the trade finance gap. Multilateral bodies, including the [World Trade Organization](https://www.wto.org), have repeatedly noted that small and mid-sized firms have their applications for trade finance rejected far more often than large companies do.

Halvorsen's experience fits the pattern. After her bank closed its desk, she spent four months finding a replacement. The one she found, a merchant bank in the capital, charges roughly twice the old fees and requires cash collateral against each letter. In a good month, financing now eats a little under three percent of her export revenue, up from just over one.

## The digital promise

There is a long-running effort to digitize the documents at the heart of trade, replacing paper bills of lading with electronic records that can be verified instantly. In principle, that would slash the cost of handling small transactions and make it worthwhile for banks to serve small exporters again. In practice, adoption has been slow. A digital document is only useful if every party in the chain, from shipping line to customs agency to bank, accepts it, and the chain is long.

*The Adair Point Gazette*, which covers the port, reported in the spring that only a handful of the terminal's shipments last year moved on fully electronic documents. Halvorsen's tiles were not among them.

The delays compound in ways familiar to anyone who has waited for a payment to clear, a problem we examined in [our piece on why money still takes three days](/articles/why-your-money-still-takes-three-days). For an exporter, a document discrepancy that holds up payment for three weeks is not an inconvenience. It is payroll.

Halvorsen says she has thought about giving up on exports and selling only at home, where she can invoice customers directly. She has not, yet. "The work is good and the buyers are loyal," she said. "It's the paper that's expensive."`,
  },
  {
    slug: "the-fight-over-forty-words",
    title: "The Fight Over Forty Words",
    dek: "Ballot summaries are capped by law at a few dozen words, and the battle over which words is where many referendums are won or lost.",
    topic: "politics",
    authors: ["daniel-reyes"],
    tags: ["Ballot Measures", "Voting"],
    publishedAt: "2026-10-21T09:30:00Z",
    body: `In most states that allow citizen initiatives, the text voters actually read in the booth is not the law they are voting on. The full measure, which may run to dozens of pages, is printed in a voter guide or posted online. What appears on the ballot is a summary, often capped by statute at a fixed number of words, written by a state official and frequently challenged in court before a single vote is cast.

Those summaries are where a surprising share of referendum campaigns are decided. Voters who arrive at the polls without having followed the campaign, which is most of them, make up their minds in the few seconds it takes to read a paragraph. Campaign strategists know this. So do the officials who write the summaries, and the judges who are asked to rewrite them.

Consider a recent fight in a state where ballot summaries are limited to seventy-five words and titles to fifteen. A coalition of tenant groups gathered enough signatures to put a measure on the ballot allowing cities to limit annual rent increases. The attorney general's office, which drafts the summaries, produced a title that began "Allows local governments to restrict rental housing." The coalition sued, arguing that "restrict rental housing" suggested the measure would shrink the supply of apartments rather than cap how fast rents could rise. The court agreed and ordered a rewrite. The new title began "Permits cities to limit annual rent increases." The measure passed by four points.

Nobody can say how many votes those words were worth. But both sides spent six months and a good deal of money fighting over them, which suggests they believed the answer was "enough."

Election lawyers who work on ballot measures describe a handful of recurring techniques, used by officials and campaigns of every political stripe:

1. **The loaded verb.** "Restrict," "mandate" and "eliminate" signal loss; "allow," "protect" and "ensure" signal gain. The same measure can usually be described with either set.
2. **The buried cost.** A summary may or may not mention fiscal impact, and where it does, the choice between "costs the state" and "reallocates existing funds" can be decisive.
3. **The double negative.** A measure repealing a ban asks voters to vote yes in order to say no, and some of them will get it backwards.
4. **The missing subject.** Passive phrasing such as "taxes would be increased" leaves out who pays, which tends to make voters assume it will be them.
5. **The length trap.** When the word limit is generous, a summary can become so detailed that the essential choice disappears.

Some states have tried to take the politics out of the drafting. A few give the job to a nonpartisan legislative office; others require summaries to meet a readability standard, usually one of the grade-level formulas used for textbooks. A handful have experimented with citizen panels that review the language before it is certified. The [National Conference of State Legislatures](https://www.ncsl.org) keeps track of how states handle the process, and the variation is enormous. At the federal level, the [U.S. Election Assistance Commission](https://www.eac.gov) offers guidance on the design of ballots, but the words themselves are left to the states.

What none of these systems can do is make voters read the full text. A guide such as *The Official Voter Pamphlet*, mailed by the secretary of state to every household, is only as useful as the habit of opening it, and that habit has frayed along with the local institutions that once explained what was on the ballot. In Harlow County, where the weekly paper closed three years ago, the county clerk told me she now gets more calls in the week before an election from voters asking what a measure "actually does" than she used to get all year. We wrote about what else changed there in [the last newspaper in Harlow County](/articles/the-last-newspaper-in-harlow-county).

The fight over forty words, in other words, is a fight over a gap. The narrower the space between what a law does and what voters are told it does, the less the words matter. Closing that gap is slow, unglamorous civic work. Fighting over the words is faster, and in the meantime it wins elections.`,
  },
  {
    slug: "reading-the-minutes",
    title: "Reading the Minutes",
    dek: "Central bank minutes are written to be parsed line by line, and the most useful part is often what gets left out.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Central Banks", "Interest Rates", "Bond Markets"],
    publishedAt: "2026-11-05T13:00:00Z",
    featuredImage: {
      art: "city-skyline",
      alt: "A financial district skyline in the late afternoon",
      caption: "Markets often move more on the minutes than on the decision they describe.",
      credit: "Illustration: The Meridian",
    },
    body: `Every few weeks, a central bank somewhere publishes the minutes of its latest policy meeting, and a small industry springs into action. Within seconds, algorithms scan the text for changes in wording. Within minutes, analysts at banks and funds circulate notes parsing the difference between "some participants" and "several participants," between "elevated" and "somewhat elevated." Within an hour, bond prices have moved, sometimes by more than they moved on the decision itself.

Described plainly, it is an odd ritual. The minutes summarize a meeting that happened weeks earlier, about a decision everyone already knows. They are drafted by staff, reviewed by the participants and edited with extraordinary care. Yet they remain among the most closely read documents in finance, precisely because they are one of the few places where a central bank shows its disagreements.

## A document designed to be parsed

Central banks did not always publish minutes, and for much of the twentieth century the prevailing view was that secrecy was itself a tool of policy. The shift toward openness, which gathered pace from the 1990s onward, rested on a simple idea: if markets understand how a central bank thinks, they will do some of its work for it, pricing in future moves before they happen. The [Bank for International Settlements](https://www.bis.org), often described as a bank for central banks, has published a good deal of research on how this kind of communication shapes expectations.

The minutes sit at the center of that strategy, and they are written with it in mind. Quantifiers follow conventions that regular readers learn to decode. A sentence that appeared in the last set of minutes and vanishes from this one is assumed to have been removed on purpose. A paragraph on the labor market that grows by two lines suggests the committee spent more time on it, and that the latest figures from the [Bureau of Labor Statistics](https://www.bls.gov) weighed more heavily than before.

> Minutes are negotiated documents. By the time you read them, every adjective has been argued over by people who know exactly how you will read it. The interesting question is never what the words say. It is what someone decided not to say.

That is Eleanor Fairweather-Osei, who spent eleven years as a staff economist at a central bank before moving to a university. She compares the minutes to a diplomatic communique: informative, but mostly about what the parties were willing to be seen agreeing to.

## What gets left out

Three kinds of information tend to be missing, and all of them matter.

The first is intensity. The minutes might say that "a few participants" favored a different decision. They do not say whether those participants argued mildly or forcefully, or whether they are likely to dissent next time.

The second is the road not taken. Committees often discuss options they never seriously intend to adopt, partly to explain to themselves why not. The minutes may record that an option was considered, but rarely how close it came.

The third, and the most consequential, is doubt about the models themselves. Central bankers lean on estimates, such as the neutral rate of interest or the amount of slack in the labor market, that cannot be observed directly and have shifted a great deal over time. In the meeting room these doubts are discussed openly. In the minutes they tend to be smoothed into confident-sounding phrases, because a document admitting that the framework might no longer work would move markets in ways nobody wants.

## Why it matters beyond the trading floor

It is tempting to treat all this as a game for bond traders, but the stakes reach much further. The rates central banks set flow through to mortgages, car loans, credit cards and the cost of borrowing for towns and school districts. How quickly those changes reach households depends partly on the plumbing of the financial system, the subject of [our look at why payments still take three days](/articles/why-your-money-still-takes-three-days). And the expectations the minutes shape are built into long-term borrowing decisions made years before anyone knows whether the central bank got it right.

*The Rate Sheet*, a newsletter for municipal finance officers, now runs a short summary of each new set of minutes with a single line at the bottom: "What this means for your next bond sale." The answer is usually a guess. But it is the right question, and a reminder that the audience for these documents is far larger than the people who parse them for a living.`,
  },
  {
    slug: "what-the-county-maps-leave-out",
    title: "What the County Maps Leave Out",
    dek: "Redistricting is usually told as a story about Congress, but the sharper fights are over county commissions and school boards, where almost nobody is watching.",
    topic: "politics",
    authors: ["helen-marlowe", "daniel-reyes"],
    tags: ["Redistricting", "Local Government", "Elections"],
    publishedAt: "2026-11-16T08:00:00Z",
    issue: "2026-11-15",
    featured: true,
    featuredImage: {
      art: "fields",
      alt: "New subdivisions spreading into farmland at the edge of a county",
      caption:
        "Fast growth on the edge of Tamarack County was split three ways by the new commission map.",
      credit: "Illustration: The Meridian",
    },
    body: `Every ten years, when the [Census Bureau](https://www.census.gov) releases its population counts, the country braces for a fight over congressional maps. The fight is familiar by now: lawsuits, dueling experts, software that can generate a million plans overnight, and a steady stream of commentary about which party drew which line to its own advantage. It is a real fight with real stakes. It is also, in an important sense, the smaller one.

For every congressional district there are dozens of local ones: county commission seats, school board zones, city council wards, water district divisions. They are redrawn on the same ten-year clock, from the same census data, and they govern decisions that touch daily life far more directly than most of what happens in Washington. Who gets the new fire station. Which neighborhood's school closes. Where the landfill expansion goes.

And almost nobody watches them being drawn.

## A line down a cul-de-sac

Consider Tamarack County, a fast-growing place of about two hundred thousand people on the edge of a mid-sized metro area. Its five-member commission is elected by district. By the last census the county had grown by nearly a fifth, almost all of it in two unincorporated areas along the highway corridor, where younger families had settled in subdivisions that did not exist a decade earlier.

The redistricting was handled by the county attorney's office and a consultant paid a flat fee. The commission held the single public hearing its charter requires, on a weekday afternoon, with the proposed map posted online four days in advance. Eleven people came. Three of them were candidates.

The map that passed kept four of the five incumbents safe. It did so by splitting the fastest-growing subdivision, Cedar Hollow, across three districts, each anchored by older neighborhoods where turnout is high and the commissioners are well known. Nobody made a partisan argument; the commission is officially nonpartisan. The effect was simply that the county's newest residents became, in every district, a minority of the voters.

Orrin Whitlock, a retired land surveyor who lives in Cedar Hollow, noticed only because the new boundary runs down the middle of his cul-de-sac. He now spends several hours a week at county meetings and writing letters to *The Tamarack Courier* about what he calls the "invisible furniture" of local government.

## Why the small maps are harder

Local redistricting is not congressional redistricting in miniature. In some ways it is more open to quiet manipulation:

- **Small numbers magnify small choices.** A congressional district holds more than seven hundred thousand people; a commission district may hold forty thousand, a school zone a few thousand. Moving one apartment complex can change who wins.
- **Fewer rules apply.** Many states set detailed criteria for congressional and legislative maps. Local bodies often work from a short charter provision and little else.
- **Fewer eyes.** No national advocacy group keeps map experts on call for the school board of a mid-sized county, and local reporters, where they still exist, rarely have the time.
- **The people drawing are the people running.** In many places the officials who approve the map are the incumbents whose seats depend on it.

None of this requires villainy. Incumbents protecting their seats are doing what incumbents everywhere do. The problem is structural: a process built for a world in which a local paper covered every hearing now runs in one where that is no longer true.

## What has worked

Some places have tried to close the gap. A few counties have set up small independent commissions for local maps, usually a mix of retired judges and residents chosen by lottery. Others require proposed maps to be posted for thirty days, with the block-level data behind them, so anyone with a laptop can check the arithmetic. The [National Conference of State Legislatures](https://www.ncsl.org) tracks how states draw legislative maps; no comparable clearinghouse exists for the thousands of local bodies doing the same work.

The simplest reform may be the least glamorous: notice. When Tamarack County's school board redrew its zones the following year, it mailed a postcard to every household whose zone would change. Attendance at the hearings rose from eleven to more than three hundred, and the map changed twice before it passed.

Ballot language, as we have written in [our report on the fight over forty words](/articles/the-fight-over-forty-words), is another place where small print decides big outcomes. Maps are the same kind of problem. The decisions that shape local power most durably are often made in rooms where the only people present are the ones with something to lose.`,
  },
  {
    slug: "the-bond-that-built-the-bridge",
    title: "The Bond That Built the Bridge",
    dek: "A small river town borrowed for thirty years to replace a failing crossing, and following the money shows how municipal debt really works and whom it quietly serves.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Municipal Bonds", "Infrastructure", "Public Debt"],
    publishedAt: "2026-11-20T09:00:00Z",
    issue: "2026-11-15",
    featuredImage: {
      art: "river",
      alt: "A new concrete bridge crossing a wide river on a clear morning",
      caption:
        "The new Fenwick Street Bridge opened last spring, eight months late and slightly under budget.",
      credit: "Illustration: The Meridian",
    },
    body: `The Fenwick Street Bridge in Calder Bend was built in 1938, and for most of its life nobody in town thought about it much. It carried two lanes of traffic across the river between the old mill district and the newer neighborhoods on the east bank, and it did so without complaint until an inspection six years ago found corrosion in the steel beneath the deck serious enough that the state lowered its weight limit. School buses had to detour eleven miles. So did fire trucks.

Replacing the bridge would cost thirty-eight million dollars. State and federal grants would cover about seventeen million of that. The remaining twenty-one million would have to be borrowed, by a town of fourteen thousand people whose entire annual general fund was smaller than the loan.

What happened next is the ordinary, almost invisible process by which most public infrastructure in the United States gets built. Calder Bend sold bonds. This article is an attempt to follow the money: where it came from, who earned what along the way, and who will still be paying for the bridge long after the people who voted for it have moved on.

## Borrowing against the future

A municipal bond is, at bottom, a loan. The town promises to repay a fixed amount of principal on set dates, with interest, and the investors who buy the bonds collect the payments. What makes the market distinctive is its tax treatment. Interest on most municipal bonds is exempt from federal income tax, and often from state tax for residents of the issuing state. That exemption lets towns borrow more cheaply than a company of similar credit quality could, because investors in high tax brackets will accept a lower yield in exchange for tax-free income.

Calder Bend's bonds were general obligation bonds, backed by the town's full taxing power rather than by a particular stream of revenue such as tolls. That required a vote. The referendum, held on a November ballot, asked residents whether the town should borrow up to twenty-two million dollars for the bridge, to be repaid over thirty years from property taxes. It passed with sixty-eight percent.

The campaign for it was short and consisted mostly of a single photograph, printed in *The Calder Bend Observer* and on lawn signs across town: a yellow school bus stopped at the detour sign, above the words "Eleven miles."

The harder questions came after the vote. Who would sell the bonds, and to whom? What interest rate would the town pay? And how much of the money would actually reach the bridge?

=== page ===

## The people in the middle

A town the size of Calder Bend does not sell bonds on its own. It hires a municipal advisor, who is legally obliged to act in the town's interest, and an underwriter, a bank or broker-dealer that buys the bonds from the town and resells them to investors. It hires bond counsel, a law firm whose opinion confirms that the bonds are valid and tax-exempt. It pays a rating agency to assess its creditworthiness. Each of these parties is paid out of the proceeds of the deal or the town's budget, and together their fees are known as the costs of issuance.

For Calder Bend, those costs came to a little over four hundred thousand dollars, about two percent of the borrowing. The underwriter's share, known as the spread, was the largest single piece. The disclosure documents for the deal, like those for nearly every municipal bond sold in the country, are posted on [EMMA](https://emma.msrb.org), the free public database run by the Municipal Securities Rulemaking Board. Anyone can read them. Almost no residents did.

![A chart of bond yields rising and falling over several years](art:market-chart "Small issuers tend to pay more to borrow, as a share of the loan, than large ones. | Illustration: The Meridian")

Two percent may not sound like much, but small issuers tend to pay proportionally more than large ones, because many of the costs are fixed. A legal opinion on a twenty-million-dollar deal takes nearly as much work as one on a two-hundred-million-dollar deal.

That is why some states run bond banks, which pool the borrowing of many small towns into a single larger sale. Drummelow, a town forty miles upriver and about half the size of Calder Bend, used one to pay for a new water treatment plant the same year. Its costs of issuance, as a share of the loan, were less than half of Calder Bend's, and because the pooled bonds carried the bond bank's stronger credit rating, its interest rate was lower too.

Calder Bend's finance director, Gregory Amundsen-Lowe, had looked at the bond bank and decided against it. The pool's next sale was eight months away, and every month of delay meant more detours and, he feared, higher construction prices. In hindsight, he says, he is not sure he made the right call. "I was solving for time," he said. "Time has a price too. I just couldn't see it on a spreadsheet."

The sale itself was competitive: the town invited bids from underwriters and accepted the one with the lowest overall interest cost. Five firms bid. The winner was a mid-sized regional broker-dealer, which priced the bonds at an average yield of just under four percent and resold most of them within a day, largely to mutual funds and to wealthy residents of the state who valued the tax exemption.

=== page ===

## Who pays, and when

The bridge opened last spring, eight months behind schedule and slightly under budget. It is wider than the old one, with a protected bike lane and a sidewalk on each side, and the weight limit is gone. The school buses are back on their old route.

The payments, though, have only just begun. Over thirty years, Calder Bend will pay roughly thirty-six million dollars in principal and interest on its twenty-one million dollar loan. That is not a scandal. It is what borrowing for thirty years at four percent costs, and it is a sensible way to pay for an asset that should last at least twice that long. The logic of long-term borrowing for infrastructure is that the people who use a bridge over the decades should share the cost of building it, rather than loading all of it onto whoever happens to live in town the year it goes up.

But the logic has edges. Property tax rates in Calder Bend rose by about nine percent to cover the debt payments. For the median homeowner, that comes to roughly two hundred dollars a year. For a retiree on a fixed income in the old mill district, it is not trivial. And the bondholders, whose interest is tax-free, are on average far wealthier than the taxpayers who pay them. The municipal market is sometimes described as a transfer from the general public to the well-off, and while that framing leaves out the value of the bridge itself, it is not wrong about the direction of the checks.

Interest rates matter here too, in ways that ripple outward from decisions made far from Calder Bend. A difference of one percentage point in the town's borrowing rate would have changed its total payments by several million dollars over the life of the bonds. The town had no say in that. The rate was set, in effect, by the path of central bank policy and the market's guesses about it, a process we examined earlier this month in [our piece on reading central bank minutes](/articles/reading-the-minutes).

There are reforms that could make small-town borrowing cheaper: wider use of state bond banks, simpler standard disclosure for small issuers, and closer scrutiny of underwriting fees, an issue the [Securities and Exchange Commission](https://www.sec.gov) and the rulemaking board have each taken up at various points. None of them would have changed the basic arithmetic in Calder Bend. The town needed a bridge, and it borrowed to build one.

What strikes you, standing on the new deck on a weekday morning, is how little of this is visible. The bridge looks like a bridge. The debt behind it, which will outlast many of the people crossing it, is written down in a document almost nobody in town has read.`,
  },
];
