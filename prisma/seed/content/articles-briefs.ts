import type { SeedArticle } from "./types";

/** Shorter pieces: columns, reported notes, reviews and letters, three per topic. */
export const briefArticles: SeedArticle[] = [
  // ───────────────────────────── politics ─────────────────────────────
  {
    slug: "letter-from-a-border-town-that-votes-twice",
    title: "Letter From a Border Town That Votes Twice",
    dek: "In Calder Crossing, the county line runs down the middle of Main Street, and so does the ballot.",
    topic: "politics",
    authors: ["daniel-reyes"],
    tags: ["Elections", "Local Government"],
    publishedAt: "2026-08-04T09:10:00Z",
    featuredImage: {
      art: "fields",
      alt: "Flat farmland divided by a straight road under a wide sky",
      caption:
        "The county line outside Calder Crossing follows the road, then the creek, then nothing anyone can see.",
      credit: "Illustration: The Meridian",
    },
    body: `The county line in Calder Crossing is painted on nothing and marked by nothing, but everyone in town knows where it is. It runs down the yellow stripe of Main Street, past the feed store and the shuttered savings bank, and it divides a town of 2,400 people into two electorates that never quite meet.

On the east side, residents vote in Harlan County, on paper ballots counted by hand in the basement of the Methodist church. On the west side, they vote in Pruett County, on machines delivered by a van from a county seat forty minutes away. The town council, which governs both halves, is chosen on a third ballot that the town prints itself.

"Votes twice" is the local joke, and it is not quite accurate: nobody casts two ballots for the same office. But in a crowded year a Calder Crossing voter may fill out a county ballot in one building, then cross the street to fill out the town one in another, with different pens, different rules and different volunteers.

> We have two sets of poll workers, two sets of rules about what counts as a signature, and one set of neighbors who are tired of explaining the difference.

That is Marjorie Tillett, who has run the town-side table for eleven elections and keeps a laminated map of the line taped to it.

## The arithmetic of a split town

The practical trouble is smaller than outsiders imagine and stranger than the rules suggest. Turnout on the west side ran nine points higher at the last municipal election, and nobody can say why. Some credit the machines, which produce results by nine in the evening. Others credit the church coffee on the east side, which is better but comes with a longer line.

The federal [Election Assistance Commission](https://www.eac.gov) publishes guidance for jurisdictions that share voters, and the town clerk keeps a printed copy on her desk. It helps with the forms. It does not help with the question residents ask most often, which is why a place this small has to do everything twice.

A proposal to move the whole town into one county comes up every decade or so and dies quietly in a state legislative committee. Neither county wants to lose the tax base; neither wants to take on the extra miles of road. So the stripe stays, and on election night Calder Crossing waits for two sets of numbers, one counted by hand and one printed by a machine, and argues cheerfully about which arrived first.`,
  },
  {
    slug: "the-quiet-power-of-the-county-clerk",
    title: "The Quiet Power of the County Clerk",
    dek: "The officials who decide how elections actually run are the ones almost nobody can name.",
    topic: "politics",
    authors: ["helen-marlowe"],
    tags: ["Elections", "Democracy"],
    publishedAt: "2026-09-22T14:20:00Z",
    body: `Ask a room of voters to name their secretary of state and a few hands go up. Ask them to name their county clerk and the room goes quiet. That silence is worth thinking about, because in most of the country it is the clerk, or an official with a different title and the same job, who turns election law into an actual Tuesday.

State legislatures write the rules. Courts argue about them. But the rules leave a surprising amount of room, and the clerk fills it. Within the limits the state sets, a county election office typically decides:

- where polling places go, and how many there are;
- how long early-voting sites stay open on weekends;
- who trains the poll workers, and with what materials;
- how quickly results are posted, and in what order.

None of these choices makes national news. All of them shape who votes. A polling place moved from a school gym to a church hall two miles out of town changes turnout more reliably than most campaign advertising, and it is usually decided at a meeting with no reporters present.

## A job nobody campaigns for

The [National Conference of State Legislatures](https://www.ncsl.org) keeps a running tally of how states select these officials, and the variety is striking: some are elected on partisan ballots, some appointed by county boards, some hired like any other civil servant. In Orren County, a place typical of hundreds like it, the clerk is elected every four years and has run unopposed three times. Her office manual, a spiral-bound volume called *A Practical Guide to the Canvass*, runs to 212 pages and has been revised by hand in pencil more times than anyone can count.

The trouble is that jobs nobody campaigns for are also jobs nobody is trained for. Clerks arrive from title offices, from school boards, from the back rooms of the same office they now run. Turnover has risen sharply since 2020, and the institutional memory leaving with each retirement is hard to replace with a binder.

There is no single reform that fixes this. But there is a habit worth adopting: find out who your clerk is, and go to one of the dull meetings. Places that split their voters in unusual ways, like [the border town that votes twice](/articles/letter-from-a-border-town-that-votes-twice), show how much depends on the people who run the tables. So does every other place.`,
  },
  {
    slug: "what-the-budget-hearing-in-larch-falls-got-right",
    title: "What the Budget Hearing in Larch Falls Got Right",
    dek: "A small city spent four hours arguing about its money in public. It was the best civics lesson of the season.",
    topic: "politics",
    authors: ["daniel-reyes"],
    tags: ["Budgets", "Local Government"],
    publishedAt: "2026-11-18T17:40:00Z",
    issue: "2026-11-15",
    body: `The budget hearing in Larch Falls began at six in the evening in a middle-school cafeteria and ended a little after ten, when the custodian began stacking chairs around the last speakers. By the standards of municipal government it was a triumph: more than two hundred residents attended, forty-one spoke, and almost all of them had read the document they came to argue about.

That last part was not an accident. Three weeks before the hearing, the city's finance office published a twelve-page summary of the proposed budget alongside the full 340-page version, written in plain language and organized by question rather than by department. How much does it cost to keep the pools open? What happens to the bus route if the fare stays the same? Why is the pension contribution rising again?

The summary followed advice the [Government Finance Officers Association](https://www.gfoa.org) has been giving cities for years, and which most of them politely ignore. Larch Falls, facing a gap of roughly six million dollars after a property-tax cap kicked in, decided it could not afford to.

## Arguing about the right things

The result was a hearing in which people argued about trade-offs rather than rumors. A retired machinist proposed closing one of the two branch libraries on Mondays to save the summer pool hours. A parent countered with figures on how many children used the library after school. Neither won outright; the council split the difference.

The pension line drew the sharpest questions, as it does almost everywhere this year. Larch Falls belongs to a regional retirement system that has begun refusing some of the riskier investments its advisers propose, a shift described in our recent report on [a pension fund that learned to say no](/articles/a-pension-fund-learns-to-say-no). Residents wanted to know whether that caution would raise their bill. The finance director's honest answer was: a little, now, to avoid a lot, later.

Nobody left happy, which is roughly what a good budget hearing should produce. But they left informed, and in a year when so many public arguments happen between people who have not read the same facts, four hours in a cafeteria felt like a small and hopeful thing.`,
  },

  // ───────────────────────────── finance ─────────────────────────────
  {
    slug: "the-overdraft-fee-that-would-not-die",
    title: "The Overdraft Fee That Would Not Die",
    dek: "Banks keep promising to retire it. It keeps coming back under new names.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Banking", "Consumer Finance"],
    publishedAt: "2026-08-11T13:20:00Z",
    body: `Every few years, a large bank announces with some ceremony that it is eliminating overdraft fees, and every few years I go looking for where the fee went. It rarely vanishes. It tends to move, like water finding a lower floor.

Consider the checking account offered by Ashgrove National Bank, a regional lender of no particular distinction. Ashgrove dropped its thirty-five-dollar overdraft charge two years ago. In its place it now offers an "instant coverage" feature for a monthly subscription, a "transfer protection" service that pulls from a linked savings account for a smaller charge, and a short-term advance product whose cost is described as a "tip." Added together for a customer who runs short twice a month, the bill is not much different from before.

## Why the fee survives

The reason is simple arithmetic. For many retail banks, charges on accounts that dip below zero have been a dependable source of income, and they come disproportionately from a small group of customers who live close to the edge every month. Removing the fee entirely means either finding that income elsewhere or accepting thinner margins, and most banks prefer a third option: renaming it.

The [Consumer Financial Protection Bureau](https://www.consumerfinance.gov) has published research on how concentrated these charges are, and its complaint database is an education in itself. Read a few hundred entries and a pattern emerges. Customers rarely object to paying something for a service. They object to not understanding what they are paying for until after the money is gone.

That points to a modest reform that does not require abolishing anything. Fees for covering a shortfall could be shown, in dollars, at the moment of the transaction, the way a cash machine warns you about its surcharge before you accept it. A customer who sees that a twelve-dollar coffee will cost forty-seven could choose to put it back.

Credit unions in several states already do something like this, and their members have not revolted. The larger banks say real-time disclosure is technically difficult. They said the same about instant payments, until their competitors offered them. I suspect the fee will outlive this column. But it would be nice, for once, to watch it die in daylight.`,
  },
  {
    slug: "review-the-ledger-of-small-things",
    title: "Review: The Ledger of Small Things",
    dek: "A social history of the household budget finds the whole economy in a kitchen drawer.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Books", "Household Finance"],
    publishedAt: "2026-09-09T16:50:00Z",
    body: `Most books about money start at the top, with central banks and bond markets, and work down to the rest of us. Philippa Drewe's *The Ledger of Small Things* starts in a kitchen drawer and never quite leaves it, which is exactly its strength.

Drewe, an archivist by training, spent a decade collecting household account books: the lined notebooks, envelope systems and later the spreadsheets in which ordinary families recorded what came in and what went out. Her collection runs from a tenant farmer's wife in the 1890s to a gig driver in the 2020s, and the book arranges them not by date but by problem. There are chapters on rent, on debt between relatives, on the strange persistence of the "rainy day" jar.

## What the notebooks know

The central argument is that households have always understood inflation, credit and risk far better than the experts who lecture them about it. They simply recorded that understanding in a different language. One of the book's most quoted passages comes from a 1974 notebook kept by a widowed seamstress:

> Bread up again. Moved the coffee money into the bread envelope and the church money into the coffee envelope. God will understand, the grocer will not.

Drewe reads entries like this one with real care. She notices that people who kept envelopes adjusted their spending weeks before official figures confirmed that prices were rising, and she lines up those adjustments against the historical data the [Federal Reserve](https://www.federalreserve.gov) was publishing at the time. The households were, in effect, running their own price index.

The book is weaker when it leaves the drawer. A late chapter on budgeting apps relies too heavily on marketing material and too little on the people using them, and Drewe's hostility to credit cards sometimes flattens a more interesting story about who got access to credit and when.

But these are small complaints about a generous book. *The Ledger of Small Things* is a reminder that economics is, at bottom, a record of choices made by people with pencils and not quite enough money. It belongs on the shelf next to the grander histories, and perhaps, for some readers, in the kitchen drawer.`,
  },
  {
    slug: "a-pension-fund-learns-to-say-no",
    title: "A Pension Fund Learns to Say No",
    dek: "A mid-sized public retirement system rewrote its rules after one bad bet. The new ones are short, and strict.",
    topic: "finance",
    authors: ["amara-lindqvist"],
    tags: ["Pensions", "Investing"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-11-16T10:10:00Z",
    issue: "2026-11-15",
    featuredImage: {
      art: "market-chart",
      alt: "A line chart on a trading screen falling and then leveling off",
      caption:
        "The Tern Harbor system's private-credit position lost a fifth of its value in eighteen months.",
      credit: "Illustration: The Meridian",
    },
    body: `The Tern Harbor Municipal Employees' Retirement System manages about nine billion dollars on behalf of teachers, bus drivers, librarians and sanitation workers across a dozen towns. For most of its history it has been unremarkable, which is what its members want from it. Then, three years ago, it put a large slice of its portfolio into a private-credit fund that promised steady returns with little volatility, and eighteen months later that slice was worth a fifth less than it paid.

The loss was survivable. The embarrassment was harder. Board meetings that once drew three retirees and a reporter now fill the room, and this autumn the board adopted a new investment policy that fits on a single page.

## The one-page rules

The policy's core is a short list of things the fund will no longer do without a public vote:

- commit more than two percent of assets to any single private fund;
- invest in any vehicle whose fees cannot be stated as a single annual figure;
- accept a valuation that the manager itself calculates without outside review;
- sign a contract that restricts what the board may disclose to members.

None of this is radical. Much of it echoes disclosure principles that the [Securities and Exchange Commission](https://www.sec.gov) has pressed on private fund managers for years. What is unusual is a public fund writing the rules down plainly and publishing them where members can read them.

The fund's chief investment officer, a former insurance actuary named Ruth Okonedo, describes the change less as a retreat than as a translation. Complexity, she told the board, had become a way of hiding costs, and fees, as this magazine has noted [in another context](/articles/the-overdraft-fee-that-would-not-die), have a way of surviving by changing their names.

## The price of caution

Caution has a price. The fund's consultants estimate that the new rules will lower expected returns by a few tenths of a percentage point a year, which over decades is real money, and which member towns will cover through higher contributions. Some town managers have grumbled.

But the members who pack the meetings seem to accept the trade. A retired school custodian put it simply during the public comment period: she could live with a smaller number she understood. Many larger funds, with far more sophisticated staff, have never managed to promise their members even that.`,
  },

  // ───────────────────────────── foreign affairs ─────────────────────────────
  {
    slug: "letter-from-a-ferry-between-two-neutral-ports",
    title: "Letter From a Ferry Between Two Neutral Ports",
    dek: "Four hours on the crossing from Hallöra to Saarnes, where the passengers talk about everything except the navy ships on the horizon.",
    topic: "foreign-affairs",
    authors: ["ingrid-salo"],
    tags: ["Neutrality", "Baltic"],
    publishedAt: "2026-10-17T08:40:00Z",
    issue: "2026-10-15",
    featuredImage: {
      art: "harbor",
      alt: "A ferry leaving a small harbor at dawn, gulls over the breakwater",
      caption:
        "The morning departure from Hallöra, where the ferry has run every day but three since 1962.",
      credit: "Illustration: The Meridian",
    },
    body: `The morning ferry from Hallöra leaves at six-fifteen, and by six the café on the upper deck is already full of truck drivers, schoolteachers going home from a conference and a handful of retirees who make the crossing simply because they like it. The ship is old, painted white and a faded shade of blue, and it smells of coffee and diesel in roughly equal measure.

Hallöra and Saarnes are the two harbor towns of an archipelago that has been demilitarized by treaty for most of a century. No soldiers are stationed on the islands; no warships are supposed to call. The arrangement has survived two world wars, the Cold War and the end of it, and it is, for the people who live here, less a matter of policy than of habit.

## What the passengers don't mention

This year the habit is under strain. Naval exercises in the surrounding sea have grown larger and more frequent, and on a clear morning you can see grey hulls on the horizon from the ferry's rail. Almost nobody on the upper deck remarks on them. The conversations I overheard were about fish prices, a disputed school merger and a wedding that had gone badly.

The ship's captain, a soft-spoken man named Anders Holmqvist who has worked the route for twenty-six years, was more direct when I visited the bridge.

> We are a small boat in a big sea, and we have always been. The sea has simply become more crowded. My job is to keep the schedule. Other people get paid to worry about the rest.

The old guidebook in the ferry's lounge, a water-stained copy of *Crossings of the Northern Sea*, describes the islands' status in a single confident paragraph. The reality is more fragile. Demilitarization rests on treaties, on the patience of larger neighbors and on the continued interest of bodies like the [United Nations](https://www.un.org) in the idea that some places should be left alone. Each of those supports is thinner than it was.

At Saarnes, the ferry docked four minutes early. The truck drivers drove off first, the retirees last. Nobody looked back at the horizon, and I could not decide whether that was confidence or a kind of politeness, a refusal to let the grey ships become part of the conversation.`,
  },
  {
    slug: "the-small-state-playbook-at-the-fishing-talks",
    title: "The Small-State Playbook at the Fishing Talks",
    dek: "How a delegation of six from an island territory keeps winning concessions from neighbors a hundred times its size.",
    topic: "foreign-affairs",
    authors: ["ingrid-salo"],
    tags: ["Diplomacy", "Fisheries"],
    publishedAt: "2026-08-27T07:50:00Z",
    body: `The annual talks on northern fish quotas are not glamorous. They take place in conference hotels with bad coffee and worse lighting, and they concern stocks of herring, mackerel and cod whose names appear in the news only when something goes wrong. But for small states they are one of the few venues where a handful of negotiators can sit across from much larger powers as near equals.

No delegation does this better than the one from the Skerrin Islands, a self-governing territory of about forty thousand people whose economy depends on fish more heavily than almost anywhere in Europe. Its team usually numbers six. Its counterparts bring dozens. And yet, year after year, the Skerrin delegation leaves with more of what it wanted than its size would predict.

## Four habits of a small delegation

Watching the talks over several years, and reading the dense reports in *Fisheries Quarterly Review*, I have come to think the Skerrin approach rests on a few simple habits:

1. **Know the science better than anyone.** The delegation always includes a marine biologist, and its proposals cite stock assessments in detail. Larger delegations often rely on staff who rotate between files.
2. **Be predictable.** Skerrin positions change slowly and are announced early, so partners know what to expect and rarely feel ambushed.
3. **Trade across issues.** A concession on mackerel is quietly linked to support on a shipping rule or a research program, packages that bigger states find convenient.
4. **Stay in the room.** The team attends every technical session, including the dull ones, because that is where the numbers are really set.

None of this is secret. Much of it is written down in the guidance on fisheries negotiation produced by the [Food and Agriculture Organization](https://www.fao.org). What is rare is the discipline to do all of it every year, with no margin for a bad season.

## The limits of skill

The playbook has limits. Skill cannot make fish appear, and several of the stocks the islands rely on are moving north as the sea warms, into waters where their claims are weaker. The next decade of talks will be harder, and the islands' negotiators know it.

But larger states might take a lesson from the way a small one prepares. In a field where attention is scarce, being the delegation that always did the reading is a kind of power.`,
  },
  {
    slug: "notes-from-a-customs-shed-at-the-edge-of-a-trade-deal",
    title: "Notes From a Customs Shed at the Edge of a Trade Deal",
    dek: "A new agreement was signed in a capital far away. At Port Adessa, the paperwork arrived before the explanation.",
    topic: "foreign-affairs",
    authors: ["amara-lindqvist"],
    tags: ["Trade", "Ports"],
    publishedAt: "2026-10-27T12:20:00Z",
    body: `The customs shed at Port Adessa is a long, low building with a corrugated roof and a row of ceiling fans that have not all worked at once in living memory. On the Monday after the new regional trade agreement came into force, it was the busiest place in the port, and also the most confused.

The agreement, signed months earlier by ministers in a capital three hundred miles away, lowers tariffs on a long list of goods traded between four neighboring countries. On paper it is a straightforward gain. In the shed, it meant that every container of textiles, auto parts and frozen fish needed a new certificate of origin, on a new form, checked against rules that had been published only the previous Friday.

## The paperwork problem

Trade economists have a name for what happened next: compliance cost. Customs brokers had a less polite one. Nadia Ferreira, who runs a three-person brokerage from a desk near the shed's entrance, spent the morning on the phone with exporters who did not know whether their goods qualified for the lower rate. Many did, she said, but proving it required documentation from suppliers two or three steps back up the chain, and few had it ready.

The result, in the first week, was that a sizable share of eligible shipments paid the old tariff anyway, because paying was faster than proving. Research published by the [World Trade Organization](https://www.wto.org) suggests this is common: preferential rates in many trade agreements go partly unused, especially by small firms that cannot afford specialist help.

## What small players need

None of this means the agreement is a failure. By the end of the month the shed had found a rhythm, brokers had built templates, and the share of shipments claiming the lower rate was climbing. But the first weeks showed, once again, that trade deals are negotiated by large actors and implemented by small ones.

Small states face the same gap at the negotiating table, as my colleague found when she watched [an island delegation at the fishing talks](/articles/the-small-state-playbook-at-the-fishing-talks). Preparation is a form of power, and those without it pay, sometimes literally, at the border. The fans in the shed, meanwhile, are scheduled for replacement next year. Nobody at Port Adessa is holding their breath.`,
  },

  // ───────────────────────────── environment ─────────────────────────────
  {
    slug: "the-reservoir-that-keeps-a-diary",
    title: "The Reservoir That Keeps a Diary",
    dek: "For ninety-five years, the keepers of Ashby Reservoir have written down the water level by hand. Their notebooks tell a story the gauges miss.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Water", "Drought"],
    publishedAt: "2026-10-03T11:10:00Z",
    issue: "2026-10-01",
    featuredImage: {
      art: "river",
      alt: "A river winding out of a reservoir between low wooded hills",
      caption: "The outflow below Ashby Dam, where the keepers take their morning reading.",
      credit: "Illustration: The Meridian",
    },
    body: `Every morning at seven, someone walks out onto the crest of Ashby Dam, looks at a painted staff gauge on the upstream face and writes a number in a notebook. The reservoir has had electronic sensors since the 1990s, and they transmit readings every fifteen minutes. The notebook continues anyway, because nobody has been willing to be the keeper who stopped it.

There are now forty-one volumes, stored in a fireproof cabinet in the dam's control building. The first entry is from April 1931. Most entries are a date, a level and initials. But the keepers have always been allowed a line for remarks, and over nine decades those remarks have accumulated into something closer to a diary.

## What the margins say

Reading the volumes in order is an odd experience: long stretches of numbers, then a sudden sentence. In 1954 a keeper noted the first ice-free winter he could remember. In 1988 another recorded that the boat ramp was "high and dry, again, for the third August running." A 2019 entry, written during a week of record heat, reads in full:

> Level down four inches since Monday. Herons standing where the channel used to be. Sensor says the same, but the sensor does not see the herons.

The hydrologists who manage the reservoir rely on the electronic data, and rightly. It feeds models run with data from agencies like the [US Geological Survey](https://www.usgs.gov), and it is more precise than any painted gauge. But several of them told me they read the notebooks too, for context the numbers cannot carry: when the algae bloomed, when the fishermen stopped coming, when a dry spring felt different from the dry springs before it.

## A record worth keeping

There is a serious argument here, not just a sentimental one. Long, continuous records are rare and valuable, and handwritten ones capture observations no one thought to automate. Researchers at a nearby university are now transcribing the remarks and matching them against rainfall and temperature data, looking for early signs of shifts that later showed up in the instruments.

The current keeper, a former surveyor named Dolores Quintero, says she has no plans to stop. The staff gauge was repainted last spring. The forty-second volume is already half full.`,
  },
  {
    slug: "review-load-following-a-film-about-the-grid",
    title: "Review: Load Following, a Film About the People Who Keep the Lights On",
    dek: "A patient documentary spends a year inside a regional grid control room, and makes balancing supply and demand feel like suspense.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Energy", "Film"],
    publishedAt: "2026-10-21T19:50:00Z",
    body: `It takes a certain confidence to make a ninety-minute documentary in which the most dramatic moment is a number on a screen moving from 59.97 to 60.01. *Load Following*, directed by the first-time filmmaker Ines Calloway, has that confidence, and earns it.

The film spends a year inside the control room of a regional electricity grid operator, a windowless space lit by a wall of monitors, where a small team works in twelve-hour shifts to keep supply and demand in balance second by second. The title is an engineering term for adjusting generation as consumption rises and falls, and Calloway treats it as a kind of choreography.

## Heat, wind and coffee

Her central character is Marcus Bellweather, a senior operator with three decades on the job and an encyclopedic memory of past emergencies. We watch him through a summer heat wave, when air conditioners push demand to records, and through a windy autumn night when turbines produce more power than the grid can use. In both cases the suspense is real, and it comes not from explosions but from phone calls, spreadsheets and very strong coffee.

The film is good on the technical shift underway. As more electricity comes from wind and solar, operators must manage sources whose output changes with the weather, and the old habits built around steady coal and gas plants no longer fit. The [International Energy Agency](https://www.iea.org) has written at length about this transition; *Load Following* shows what it looks like at three in the morning.

It is less good at stepping outside the room. A brief sequence with residents of a town that lost power during a storm feels dutiful rather than curious, and the film never asks who pays for the upgrades the operators keep asking for.

## Watching the water, too

What lingers is the sense of attention: people watching numbers closely so that the rest of us never have to. It makes a fine companion to the handwritten record kept at [a reservoir that keeps a diary](/articles/the-reservoir-that-keeps-a-diary), another story about the quiet, daily labor of noticing. Both suggest that adapting to a changing climate will depend as much on patient watchers as on new machines.

*Load Following* is screening at festivals this autumn and deserves a wider release. Bring coffee.`,
  },
  {
    slug: "a-seawall-vote-in-a-town-of-three-hundred",
    title: "A Seawall Vote in a Town of Three Hundred",
    dek: "Pell Harbor must decide whether to build a wall, raise its houses or begin, slowly, to leave.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Climate Adaptation", "Coasts"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-11-25T09:40:00Z",
    body: `Pell Harbor has three hundred and twelve year-round residents, one general store, a volunteer fire company and a problem that will outlast all of them. Storm surges now reach the main road several times a winter, and last February the water came into the lower floor of the fire station for the first time since it was built.

Next month the town will vote at its annual meeting on what to do. The options, developed over two years by a committee of residents with help from a state coastal office, are laid out in a thin report that has been read more carefully than any document in the town's recent history:

- **Build a seawall** along the harbor front, at an estimated cost of fourteen million dollars, most of it from state and federal grants that are not yet secured.
- **Raise and floodproof** the thirty most exposed buildings, including the fire station, over a decade.
- **Begin a managed retreat**, buying out willing owners in the lowest areas and moving the fire station to higher ground inland.

Each option has its champions. The seawall appeals to those who want the harbor to look as it always has. Raising buildings is cheaper but leaves the road exposed. Retreat is the option most scientists I spoke to consider realistic over the long run, and the one residents find hardest to discuss.

## Numbers and nerves

The committee leaned heavily on sea-level projections from the [National Oceanic and Atmospheric Administration](https://www.noaa.gov), which suggest that what is now a once-a-decade flood could become an annual event within the lifetime of a thirty-year mortgage. Those numbers do not make the choice for the town. They do make clear that not choosing is itself a choice.

The most striking thing about Pell Harbor's debate is how civil it has remained. At a public meeting in October, a lobsterman whose family has lived on the waterfront for five generations spoke in favor of retreat, and was applauded by neighbors who plan to vote for the wall.

Like the keepers of [the reservoir that keeps a diary](/articles/the-reservoir-that-keeps-a-diary), people here have been watching the water for a long time. They know what it has been doing. The vote is about how honest they are willing to be with each other about what it will do next.`,
  },

  // ───────────────────────────── culture ─────────────────────────────
  {
    slug: "review-the-understudys-almanac-at-the-harrow-playhouse",
    title: "Review: The Understudy's Almanac at the Harrow Playhouse",
    dek: "A small, sly play about the actors who learn every line and almost never say them.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Theater", "Reviews"],
    publishedAt: "2026-08-19T18:40:00Z",
    featuredImage: {
      art: "theater",
      alt: "An empty theater stage under a single work light, red seats in shadow",
      caption:
        "The Harrow Playhouse seats ninety-eight, and the ghost light stays on between shows.",
      credit: "Illustration: The Meridian",
    },
    body: `Every theater has them: the understudies who sit in a dressing room night after night, costumes pressed, lines memorized, waiting for an illness or an accident that almost never comes. *The Understudy's Almanac*, a new play by Rosalind Achebe-Grant now running at the tiny Harrow Playhouse, is about three of them, and it is one of the funniest and saddest things I have seen on a stage this year.

The setup is simple. A long-running production of a Victorian melodrama, never named, has three understudies who have covered the same three roles for two years without once going on. They spend each performance in the basement, listening to the show through a crackling speaker, keeping a handwritten almanac of every cough, stumble and near miss among the leads.

## A comedy of waiting

Achebe-Grant has a gift for the rhythms of people who know each other too well. The jokes arrive sideways, in the middle of arguments about sandwiches or whose turn it is to iron. But the play keeps circling back to a real question: what does it mean to prepare your whole life for a moment that may never arrive? Midway through, the oldest of the three, played with dry precision by Temperance Hale, reads aloud from the almanac:

> Night four hundred and twelve. The lead sneezed twice in act two. I stood up. I sat down. I have never been so ready for anything, and so useless.

The audience laughed, and then it did not.

The Harrow's production, directed by Samuel Okoro, makes the most of a stage barely larger than a living room. A single staircase suggests the distance between the basement and the spotlight, and the sound design, with the unseen show drifting through the floor, is quietly brilliant.

Not everything lands. A late plot turn, in which one understudy finally gets her chance, feels rushed, and the play's final image leans toward sentimentality. But these are small faults in a smart, humane evening.

Small theaters like the Harrow survive on thin margins and modest grants, some of them from the [National Endowment for the Arts](https://www.arts.gov). This production is an argument for why that money matters. The run has been extended through October; go before it closes.`,
  },
  {
    slug: "the-rent-is-the-real-critic",
    title: "The Rent Is the Real Critic",
    dek: "Reviewers decide which shows get noticed. Landlords decide which ones get made.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Arts Economy", "Housing"],
    publishedAt: "2026-09-15T10:20:00Z",
    body: `Critics like to think we shape culture. We write the reviews, we draw up the lists, we argue in print about what deserves attention. But after a decade of writing about theater, books and galleries in expensive cities, I have come to believe that the most powerful critic in the arts is the person who sets the rent.

Consider what it costs to be a young playwright in a big city now. Rent for a one-bedroom apartment has risen much faster than wages over the past decade, a trend tracked in unsentimental detail by the [Bureau of Labor Statistics](https://www.bls.gov). Rehearsal space is scarcer and dearer, because the old warehouses became offices and then apartments. Small venues close when their leases come up for renewal.

## The costs nobody reviews

When I asked a dozen working artists what they spend their money on, the answers were consistent:

- housing, usually more than half of what they earn;
- workspace, whether a studio, a rehearsal room or a corner of a shared office;
- time, in the form of second and third jobs that crowd out the first one;
- insurance, which many simply go without.

None of these expenses appears in a review. All of them shape what gets made. A playwright who can afford three months without a day job writes a different play from one who writes on the subway. A painter with a studio works larger than one with a kitchen table.

The novelist Corinne Abernathy captured this well in *A Room Above the Bakery*, her novel about a composer who writes only at night because the bakery below makes the floor too hot to sit on during the day. It is a comic book, but the premise is not a joke.

## Where the good work still happens

There are places that push back. Some cities subsidize studio space; some theaters, like the Harrow Playhouse, where *The Understudy's Almanac* is [now running](/articles/review-the-understudys-almanac-at-the-harrow-playhouse), survive by keeping their overheads almost absurdly low. These efforts matter, but they are patches on a larger problem.

I will keep writing reviews, and I will keep believing they matter. But I have stopped pretending that the most important judgment about a city's culture is made in the newspaper. It is made in the lease.`,
  },
  {
    slug: "letter-from-a-library-that-lends-tools",
    title: "Letter From a Library That Lends Tools",
    dek: "In Wickham Bay, you can check out a novel, a power drill and a sewing machine on the same card.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Libraries", "Community"],
    publishedAt: "2026-11-09T15:50:00Z",
    featuredImage: {
      art: "library",
      alt: "Tall library shelves in warm light with a reading table in front",
      caption:
        "The Wickham Bay Public Library, where the tool collection now fills what used to be the periodicals room.",
      credit: "Illustration: The Meridian",
    },
    body: `The periodicals room at the Wickham Bay Public Library used to hold newspapers on wooden poles and a few dozen magazines no one read. Now it holds four hundred and eighty tools, arranged on steel shelves with the same call-number labels as the books next door: a circular saw at 621.9, a bread maker at 641.5, a tile cutter shelved, with a librarian's sense of humor, next to the home-repair manuals.

The tool library opened three years ago with a donated collection from a retired carpenter and a small grant from the state library agency. It has since become the busiest room in the building. On a Saturday morning in October, I watched a line form before the doors opened: a young couple returning a carpet cleaner, a man borrowing a ladder to fix his gutters, a teenager checking out a sewing machine and a stack of pattern books.

## Same card, same rules

What strikes a visitor is how ordinary it all seems. Tools are borrowed for a week, renewable once. Late fees were abolished along with the ones on books. The head librarian, Priya Dunmore, says the loss rate is lower than for paperbacks.

Dunmore sees no contradiction between a drill and a novel. Libraries, she told me, have always lent things people need but cannot easily afford to own. Collections like this one, which librarians call a "library of things," are a subject the [American Library Association](https://www.ala.org) has written about for years, and they are spreading. In expensive places, where a young family may not have space for a toolbox, let alone a workshop, the need is sharper.

I saw what she meant at the checkout desk. A woman in her seventies was borrowing a pressure washer and a copy of *The Lighthouse Keeper's Daughters*, a new historical novel with a long waiting list. She had been waiting eleven weeks for the novel, she said. The pressure washer was available immediately.

## A small answer to a large problem

It would be easy to be sentimental about this. A tool library does not fix housing costs or stagnant wages, the forces I have written about in [a column on what rent does to artists](/articles/the-rent-is-the-real-critic). But it is a practical answer to one piece of the problem: the idea that every household must own everything it might ever use. In Wickham Bay, at least, the answer is a library card.`,
  },

  // ───────────────────────────── technology ─────────────────────────────
  {
    slug: "the-court-clerk-who-read-the-algorithm-manual",
    title: "The Court Clerk Who Read the Algorithm Manual",
    dek: "A county court used a risk-scoring tool for six years. One clerk finally read all 180 pages of the instructions.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Algorithms", "Courts"],
    publishedAt: "2026-11-04T13:10:00Z",
    issue: "2026-11-01",
    body: `For six years, judges in Bracken County used a software tool to help decide who could be released before trial. Each defendant received a score from one to ten, printed at the top of a one-page report. Judges were told to consider it alongside everything else. Most did, and over time, many simply followed it.

Nobody in the courthouse had read the full vendor documentation, a 180-page binder titled *PretrialScore Administrator's Guide, Version 4*, until a records clerk named Lydia Fennimore picked it up during a slow week last winter. She had been asked to update the county's data-retention policy and wanted to know what the software kept. What she found was more interesting than that.

## Page 112

On page 112, in a section on configuration, the guide explained that the tool's scores were calibrated against historical data from the county where it was first tested, a larger and more urban place than Bracken. The vendor recommended recalibrating with local data within the first year. Bracken never had.

> I am not a statistician. I just read the instructions. It said to do something, and we had not done it, and nobody seemed to know.

Fennimore took her notes to the court administrator, who took them to the chief judge, who suspended use of the scores pending a review. That review, completed this autumn by an outside team from a state university, found that the uncalibrated tool had overestimated risk for defendants from the county's rural townships, leading to more pretrial detention than the local data justified.

## Reading as oversight

The episode is not a scandal in the usual sense. No one hid anything; the information was there, in a binder, on a shelf. That is the problem. Public agencies increasingly buy software whose behavior depends on settings, thresholds and assumptions that only the manual describes, and few agencies have staff assigned to read it.

Frameworks like the one the [National Institute of Standards and Technology](https://www.nist.gov) has published for managing risk in automated systems urge exactly this kind of ongoing review. But frameworks do not read binders. People do, and in Bracken County the person who did it was doing someone else's job.

The county has since created a small position responsible for reviewing all of its software contracts. Fennimore did not apply. She says she is happy in records.`,
  },
  {
    slug: "review-the-patient-in-the-spreadsheet",
    title: "Review: The Patient in the Spreadsheet",
    dek: "A former hospital administrator's account of how software came to run the ward is sharp, humane and occasionally infuriating.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Books", "Health Technology"],
    publishedAt: "2026-11-12T16:20:00Z",
    body: `Somewhere in most modern hospitals, a nurse is clicking a box that says a task has been done, and somewhere else an administrator is reading a dashboard that turns those clicks into a measure of quality. Gideon Mbeki-Lowell spent twenty years as the administrator. His new book, *The Patient in the Spreadsheet*, is an attempt to understand what the clicks did to the nurse, and to the patient she was supposed to be looking after.

The book opens with a confession. As a young manager at a regional hospital, Mbeki-Lowell helped introduce an electronic system for tracking how quickly patients were seen in the emergency department. Waiting times fell, on paper. Only later did he learn that staff had found ways to move patients into a "seen" status before any clinician had actually seen them, because the dashboard rewarded the status rather than the care.

## Measures and their shadows

That story sets the pattern for the chapters that follow, which move through scheduling software, billing codes, medication systems and, in the final section, the newer tools that summarize patient records automatically. In each case the author finds the same dynamic: a measure introduced to improve care becomes a target, and the target begins to bend the work around it.

The strongest chapters are those built on interviews with nurses, pharmacists and porters, whose accounts of working around the software are vivid and often funny. The weakest are those in which the author reaches for global conclusions, citing figures from the [World Health Organization](https://www.who.int) on health-worker shortages without quite connecting them to his own material.

Mbeki-Lowell is not a technophobe. He credits electronic records with preventing dangerous drug interactions and praises several systems that were designed with, rather than for, the people using them. His complaint is about governance: hospitals buy software they do not fully understand and rarely audit how it changes behavior.

That argument will sound familiar to anyone who followed the story of [the court clerk who read the algorithm manual](/articles/the-court-clerk-who-read-the-algorithm-manual). The common thread is that institutions adopt tools faster than they learn to question them. *The Patient in the Spreadsheet* is an uneven book, but a necessary one, and its best pages should be required reading for anyone who signs a software contract on behalf of the sick.`,
  },
  {
    slug: "city-hall-finally-reads-its-own-terms-of-service",
    title: "City Hall Finally Reads Its Own Terms of Service",
    dek: "Public agencies click 'I agree' as often as the rest of us. One mid-sized city decided to stop.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Government Technology", "Privacy"],
    publishedAt: "2026-11-26T11:50:00Z",
    body: `Here is a confession most city governments could make: they have agreed to terms they never read. Not the big contracts, which lawyers pore over, but the hundreds of small online services departments sign up for with a credit card and a checkbox. Survey tools, scheduling apps, file-sharing sites, chat services for the parks department's summer camp. Each comes with terms of service, and each set of terms says something about what happens to the data residents provide.

Last year, the city of Marrowfield decided to find out what it had agreed to. A small team from the city attorney's office and the IT department spent four months cataloguing every online service used by any city employee, then read the terms for each one. The results, published in a plainly written report called *Clickwrap Government*, are both mundane and alarming.

## What they found

The team identified 214 services. Of those:

- 61 permitted the provider to use uploaded data to improve its own products, which in some cases meant training automated systems on residents' information;
- 38 allowed the provider to change its terms at any time, with notice posted only on its own website;
- 22 stored data in locations the city could not determine;
- 9 had no clear process for deleting data when the city stopped using the service.

None of these terms was hidden. They were all there, in documents anyone could read. Nobody had, because nobody's job included reading them. The same gap appeared in the story of [a county court's risk-scoring software](/articles/the-court-clerk-who-read-the-algorithm-manual), where the critical instruction sat unread on page 112 of a binder.

## From checkbox to policy

Marrowfield's response has been practical rather than dramatic. The city now requires any new online service to be reviewed by the attorney's office before use, with a one-page summary of its data terms. Around forty services were dropped or replaced. Several providers, when asked, agreed to modified terms for public-sector customers, suggesting that the default terms were never as fixed as they appeared.

The [Federal Trade Commission](https://www.ftc.gov) has long warned consumers about what they agree to online. Governments are consumers too, with an added obligation: the data they hand over belongs, in a meaningful sense, to the people they serve. Marrowfield's experiment shows that reading the fine print is not glamorous. It is simply part of the job.`,
  },
];
