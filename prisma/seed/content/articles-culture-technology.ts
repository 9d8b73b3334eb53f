import type { SeedArticle } from "./types";

export const cultureTechnologyArticles: SeedArticle[] = [
  {
    slug: "the-last-repertory-season-at-the-alder-street-playhouse",
    title: "The Last Repertory Season at the Alder Street Playhouse",
    dek: "A ninety-seat theater in a riverside mill town is giving up the rotating company that made its name, and the reasons have less to do with art than with arithmetic.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Theater", "Arts Funding"],
    publishedAt: "2026-09-24T16:20:00Z",
    featuredImage: {
      art: "theater",
      alt: "Rows of empty red seats facing a lit stage",
      caption:
        "The house at the Alder Street Playhouse seats ninety, and on a good night every seat is sold.",
      credit: "Illustration: The Meridian",
    },
    body: `On a Tuesday in late summer, the company of the Alder Street Playhouse performed three different plays in three days, which is the kind of thing that sounds heroic until you watch the crew change the set at one in the morning. The theater sits in a converted dye house in Carrow Falls, a town of eleven thousand people where the river still runs slightly blue after heavy rain. For twenty-six years it has been one of the last true repertory houses in the region: a standing ensemble of actors, hired for the whole season, playing a rotating slate of work in the same week.

This season is the last one that will run that way. Beginning next spring, the Playhouse will move to what its board calls a "production model," hiring actors show by show and running one title at a time. It is the model almost every small theater in the country already uses. The surprise is not that Alder Street is adopting it, but that it held out so long.

## The cost of keeping a company

The artistic director, Margit Ossey, has run the theater since its eleventh season. She does not pretend the decision was forced on her by villains. The building needs a new roof. Health insurance for a year-round ensemble of nine actors now costs more than the theater's entire marketing budget did a decade ago. And audiences, she says, have changed how they buy.

> People used to subscribe to us the way they subscribed to a newspaper. Now they buy a ticket to one thing, on a Thursday afternoon, for that Saturday. A repertory calendar is a beautiful object, but it asks the audience to plan like it is 1985.

That shift matters more than it might seem. A repertory house depends on regulars who come back to see the same actors in different skins: the woman who played the drowned sister in *The Weir Keeper* on Friday turning up as a sardonic landlady in *A Winter in Lisle* on Sunday. The pleasure is cumulative. A single-ticket buyer never sees the second performance, so the company's range becomes invisible, and its cost stays very visible.

![A narrow backstage corridor stacked with flats from three productions](art:theater "Flats from three shows share a single corridor behind the stage. | Illustration: The Meridian")

Grants have not filled the gap. The theater has received modest support from state arts councils and, twice, a project grant of the kind listed by the [National Endowment for the Arts](https://www.arts.gov), but project grants pay for projects, not for keeping nine people employed through February. Board members who had quietly covered shortfalls for years began, one after another, to say that they could not do it forever.

## What is lost, and what is not

It would be easy to write this as an elegy, and some of the actors would prefer it that way. Teodor Brisk, who has been in the company for fourteen seasons, calls the ensemble "the only place in the state where an actor can get better at the job while being paid for it." Under the new model, he expects to work at Alder Street for perhaps one production a year, and to spend the rest of it commuting to the city for auditions.

Yet Ossey points out that the production model will let the theater commission more new plays, cast more widely and pay better per week. The repertory system, for all its romance, asked a small group of people to carry an enormous load for modest wages. Some of the best theater in the region came out of that arrangement. So did a fair amount of exhaustion.

The economics that squeezed the Playhouse are not unique to theater; visual artists in the nearby cities face a version of the same problem in studio rents, which we examine in [The Rent Behind the Canvas](/articles/the-rent-behind-the-canvas-artist-studios). The final repertory week at Alder Street runs in December. Tickets, fittingly, are selling one night at a time.`,
  },
  {
    slug: "review-the-salt-ledger-by-odile-hartigan",
    title: "A Harbor Town Keeps Its Accounts",
    dek: "Odile Hartigan's novel The Salt Ledger turns a century of bookkeeping in a fishing port into the most absorbing family saga of the year.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Books", "Fiction", "Reviews"],
    publishedAt: "2026-10-08T13:45:00Z",
    issue: "2026-10-01",
    featuredImage: {
      art: "harbor",
      alt: "Fishing boats moored at a grey harbor wall",
      caption: "The fictional port of Skerrin Quay is modeled on no single town, and on many.",
      credit: "Illustration: The Meridian",
    },
    body: `There is a moment early in *The Salt Ledger* when the young clerk Annis Rood opens the harbor company's account book and finds, between an entry for tarred rope and another for a cask of nails, a single line that reads "one boy, returned." No price is given. No name. The rest of Odile Hartigan's long and quietly ferocious novel is, in a sense, an attempt to find out what that line means, and who wrote it, and who was paid.

Hartigan's previous book, *Low Water at Morrow*, was a slim collection of stories about tide-pool biologists that won a regional prize and was then largely forgotten. Nothing in it suggested she was capable of something on this scale. *The Salt Ledger* covers four generations of the Rood family in the port of Skerrin Quay, from the last years of sail to the closing of the fish market, and it does so almost entirely through documents: ledgers, shipping manifests, letters never sent, the minutes of a harbor board that meets on the first Monday of every month for ninety years.

That sounds like a recipe for a dry book. It is not. Hartigan has an instinct for the human detail hiding inside a number. When a later Rood, a widowed bookkeeper named Elspeth, notices that the price of ice has tripled in a single winter, the reader feels the squeeze on every household in the town before any character mentions it. When the harbor board votes to rename a breakwater after a benefactor, the minutes record the vote as unanimous; a footnote in Annis's hand, added decades later, records who left the room before it was taken.

The structure rewards patience. The first hundred pages move slowly, and some readers will find the early manifests tedious. But the book is built like a tide: everything that seems to drift away in the first half comes back, rearranged, in the second. The mystery of the returned boy is resolved, though not in the way a thriller would resolve it, and the answer implicates nearly everyone we have come to trust.

Hartigan is especially good on the moral texture of small places, where everyone keeps a kind of private ledger of favors and slights. A passage near the end, in which Elspeth's grandson tries to close the family accounts for the last time, is one of the finest pieces of writing I have read about inheritance:

> He had thought the book would balance if he only added long enough. It took him most of a winter to understand that it had never been meant to balance, only to be kept.

If the novel has a weakness, it is that the men of the Rood family remain sketchier than the women. The fathers and brothers tend to exist as signatures at the bottom of pages, which may be the point but occasionally feels like a shortcut. And a late subplot involving a museum curator from the capital arrives too neatly, as if to provide a reader's surrogate where none was needed.

These are small complaints about a large achievement. Hartigan says in her acknowledgments that she spent two years reading port records and merchant papers, including digitized collections at the [Library of Congress](https://www.loc.gov), and the research never shows as research; it shows as confidence. She knows what a harbor smells like in February and what a clerk's hand looks like when it is cold.

*The Salt Ledger* is the kind of book that libraries in small coastal towns will be lending for years, which seems right. Readers who want to see where such books find their second life might start with our report on [the library after dark](/articles/small-town-libraries-after-hours), where novels like this one are read aloud long after the front desk has closed.`,
  },
  {
    slug: "the-rent-behind-the-canvas-artist-studios",
    title: "The Rent Behind the Canvas",
    dek: "In the city's last industrial corridors, painters and sculptors are discovering that the most important material in their work is square footage, and they cannot afford it.",
    topic: "culture",
    authors: ["celeste-duvall", "daniel-reyes"],
    tags: ["Visual Art", "Housing", "Cities"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-10-21T15:10:00Z",
    issue: "2026-10-15",
    featuredImage: {
      art: "night-city",
      alt: "Lit windows in a row of old warehouses at night",
      caption:
        "Studio windows in the Brannock Yards district, where rents have nearly doubled in five years.",
      credit: "Illustration: The Meridian",
    },
    body: `Every artist in the Brannock Yards district can tell you the size of their studio to the square foot, the way other people know their blood type. Lucia Ferrand's is four hundred and twelve. It holds a table saw, two easels, a flat file of drawings going back to art school and, since the spring, a folding cot, because she gave up her apartment to keep the studio and now sleeps among the work more often than she admits to her landlord.

Ferrand is a painter of large, muddy, beautiful landscapes that sell, when they sell, for a few thousand dollars. Her rent on the studio has risen from nine hundred to sixteen hundred dollars a month in five years. That arithmetic is the story of this district and of a dozen like it in cities across the country, where the old warehouse belts that once sheltered artists are being converted, one floor at a time, into offices, laboratories and apartments.

## A market with no floor

The problem is not that artists pay rent. It is that studio space is priced as if it were ordinary commercial real estate, while the work made in it is not an ordinary commercial product. A law firm can raise its fees when its lease goes up. A sculptor cannot make the bronze cost less to cast.

We spoke with more than twenty artists working in the Yards and surveyed the listings for studio space in the district over the last year. A few patterns were hard to miss:

- Leases have grown shorter, often one year, which makes it almost impossible to plan a large project or apply for a multiyear fellowship.
- Landlords increasingly prohibit the messier forms of work, such as welding, kilns and spray finishes, which pushes sculptors and ceramicists out first.
- Shared studios, once a stopgap, are now the norm; six artists splitting a floor is common, and several told us they schedule their time in shifts.
- Artists who leave rarely move to a cheaper district in the same city. They move to another city entirely, or stop making work at the scale they were trained for.

Local surveys and federal data on the creative workforce, including figures gathered by the [Census Bureau](https://www.census.gov), suggest that the number of people who list art as their primary occupation in the metropolitan area has been flat for a decade, even as the population has grown. The artists have not disappeared. They have been diluted.

## The landlords' side

The owners of these buildings are not, for the most part, villains in a morality play. Hollis Pratt, whose family has owned a four-story former button factory on Canal Row since the 1960s, says he kept rents low for years and has watched property taxes and insurance premiums climb faster than anything he charges.

> I am not trying to throw anybody out. But the building has to pay for itself, and an architecture office will sign a ten-year lease tomorrow. A painter will sign for one year and hope.

Pratt has kept two floors for artists, at below-market rates, and is considering whether to sell the building outright. If he does, his tenants expect the studios to go with it.

## What a city can do

There are models. A handful of cities have created land trusts that buy industrial buildings and hold them permanently as workspace. Others offer tax abatements to owners who sign long leases with artists at fixed rates. Both approaches are slow, and both depend on public money arriving before the next sale rather than after it.

The same pressure shows up on stage. Small theaters face the rising cost of keeping a company together, as we reported in our piece on [the last repertory season in Carrow Falls](/articles/the-last-repertory-season-at-the-alder-street-playhouse). The common thread is simple: art takes space and time, and both have been repriced.

Ferrand has one more year on her lease. She is painting bigger than ever, she says, partly out of defiance and partly because she suspects she will never have this much room again.`,
  },
  {
    slug: "small-town-libraries-after-hours",
    title: "The Library After Dark",
    dek: "In a county with no cinema and no bookshop, the public library has quietly become the evening cultural center, and it is running on volunteers and borrowed chairs.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Libraries", "Rural Life"],
    publishedAt: "2026-11-19T17:35:00Z",
    featuredImage: {
      art: "library",
      alt: "Tall shelves of books in a warmly lit reading room",
      caption:
        "The Pellham County Library's main reading room, which stays open three evenings a week.",
      credit: "Illustration: The Meridian",
    },
    body: `At seven o'clock on a Thursday, the front door of the Pellham County Library is supposed to be locked. Instead, forty people are sitting in folding chairs between the biography shelves, listening to a retired dairy farmer read the first chapter of a novel he has been writing for eleven years. There is coffee in a steel urn and a plate of shortbread that someone's aunt made. The head librarian, Rosalind Achterberg, is in the back row, keeping an eye on the time because the building's heating switches off automatically at nine.

Pellham County has roughly fourteen thousand residents spread across a wide, flat stretch of farmland. It has no cinema, no bookshop and no theater; the nearest of each is an hour's drive away. What it has is a library system of one main branch and two small outposts, and over the last four years those buildings have become, almost by accident, the county's evening cultural life.

![A gravel road running between harvested fields toward a small brick building](art:fields "The Harlow Corners branch, one of two outposts of the county library, sits at a crossroads between farms. | Illustration: The Meridian")

It began with a film night. Achterberg, who had worked in a city system before moving back to the county where she grew up, noticed that the library's public performance license allowed it to screen films, and that nobody was using it. The first showing drew nine people. Within a year the monthly screenings were full, and patrons were asking for more: a book club, then two, then a writing group, a series of talks on local history, an annual night of readings from old diaries donated by farm families.

None of this was in the budget. The library's funding comes mostly from a county levy that was last raised before the pandemic, and its staff of six is stretched to keep the doors open during the day. The evening programs run almost entirely on volunteers, who stack the chairs, run the projector and, on one memorable occasion, fixed a burst pipe during a showing of a silent comedy.

Achterberg is careful not to oversell the programs. Attendance is mostly older, and she worries about what happens when the current volunteers can no longer drive at night. But she has noticed the same thing librarians across the country describe in the newsletters of the [American Library Association](https://www.ala.org): once people come to the building for an event, they come back for everything else. Card registrations in the county have risen every year since the film nights began.

> The library is the last room in the county where you can sit for two hours without anyone asking you to buy something.

That line is printed on a small card pinned above the circulation desk. Achterberg says a teenager wrote it on a comment form, and she kept it because it was more persuasive than anything she had put in a grant application.

The programs have also changed what people read. The most requested title this autumn was *The Salt Ledger*, a long novel about the account books of a fishing port, which a book club of retired bookkeepers adopted with real enthusiasm after reading our [review of Odile Hartigan's novel](/articles/review-the-salt-ledger-by-odile-hartigan). One member, a former bank teller, told me she had never before read a book in which the numbers were the heroes.

Small places lose their cultural institutions in quiet ways: a cinema converted to a pharmacy, a church hall sold, a bookshop that simply does not reopen after the owner retires. Pellham County lost all three. What it kept was a public building with a good roof, long tables and a librarian willing to leave the lights on. It turns out that was enough to start with.`,
  },
  {
    slug: "the-software-that-schedules-a-county-court",
    title: "Who Set the Court Date?",
    dek: "A county court handed its calendar to an automated scheduler, and the people who missed their hearings were the last to find out how it decided.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Courts", "Public Software", "Algorithms"],
    publishedAt: "2026-11-03T14:15:00Z",
    issue: "2026-11-01",
    featured: true,
    featuredImage: {
      art: "city-skyline",
      alt: "A county courthouse tower against a pale city skyline",
      caption: "The Halbrook County courthouse handles roughly forty thousand hearings a year.",
      credit: "Illustration: The Meridian",
    },
    body: `Marcus Delacroix-Vey learned that his court date had moved when a sheriff's deputy knocked on his door with a warrant. He had been due to appear for a minor traffic matter in Halbrook County on a Wednesday morning. The notice in his kitchen drawer still said Wednesday. But at some point in the previous month, the county's new scheduling system had shifted his hearing to the Monday before, sent a text message to a phone number he had given up two years earlier, and recorded his absence as a failure to appear.

He spent a night in the county jail before a clerk, looking through the file the next morning, noticed the discrepancy and released him. Nobody disputes that the error happened. What is harder to establish is who made it.

## A calendar with no author

For most of its history, the Halbrook County court set its calendar the way courts always had: a team of clerks in a windowless office on the third floor, working from paper files and a shared spreadsheet, matching cases to courtrooms, judges and interpreters. The system was slow and it produced its own errors. But when a date moved, a person moved it, and that person's initials were on the change.

Three years ago, facing a backlog that had grown through the pandemic, the county contracted with a vendor to automate the work. The promise was reasonable. An automated scheduler could juggle hundreds of constraints at once: which judges were on leave, which defense lawyers had conflicts, which cases needed a Spanish or Vietnamese interpreter, which courtrooms had the video equipment for remote testimony. It could fill gaps the clerks missed and shorten the time from arrest to resolution.

By several measures it did. The county reports that the median time to a first hearing has fallen by almost a third. Courtrooms sit empty less often. Interpreters, who are paid by the half day, are booked more efficiently.

> The machine is very good at filling the calendar. The question we never asked in the contract was what it should do when filling the calendar and reaching the defendant pull in different directions.

That is Oren Kessling, a former deputy court administrator who helped select the system and has since left county service. He describes a tool that was optimized, in effect, for the court's convenience, and that treated notifying the people on the docket as somebody else's problem.

The consequences fell unevenly. People with stable addresses, working phones and lawyers who checked the online docket were rarely caught out. People who moved often, changed numbers or represented themselves were caught out constantly.

=== page ===

## Inside the scheduler

The product Halbrook County bought is called Brimlathe, and it is sold by a mid-sized firm, Pellicane Systems, that supplies case management tools to several dozen courts. Brimlathe does not decide guilt or set bail. It does something more mundane and, in its way, more pervasive: it decides when, and therefore whether, people show up.

Records obtained from the county through a public records request, including the configuration settings the court approved, show how Brimlathe weighs its choices. Each hearing is assigned a priority score. Cases involving people held in custody are scored highest, which is sensible, because every day of delay is a day in a cell. Cases with firm statutory deadlines come next. Everything else, including the thousands of traffic, misdemeanor and small civil matters that make up most of the docket, is treated as movable.

When a judge's schedule changes, Brimlathe reshuffles the movable cases to fill the gaps. A single sick day can trigger hundreds of changes overnight. Each change generates an automated notice, sent by text and email if the court has that information and by post if it does not. Postal notices are batched weekly, which means a hearing moved forward by five days can be held before the letter announcing it arrives.

The configuration included a setting that would have prevented this: a minimum notice window, below which a hearing could not be moved earlier without human approval. According to the records, the window was set to two days. Pellicane's own documentation recommends fourteen.

Why the county chose two is not clear. Kessling recalls that a longer window left too many gaps in the calendar during testing and undercut the backlog numbers the county had promised its board. A spokesperson for the court said the setting was "reviewed regularly" and declined to say who had approved it.

![A close view of a circuit board with a grid of small components](art:circuit "Scheduling systems like the one used in Halbrook County can reshuffle hundreds of hearings after a single change. | Illustration: The Meridian")

Pellicane Systems, for its part, says that courts control their own settings and that its software "performs as configured." That is true, and it is also the heart of the problem. The configuration is where the policy lives, and nobody outside the building could see it.

Halbrook is not unusual in this. The [National Center for State Courts](https://www.ncsc.org) has for years urged courts to treat case management technology as part of court governance rather than as an equipment purchase. But in many counties, the settings that decide how quickly a hearing can move are chosen by an IT contractor and a deputy administrator in a conference room, and are never published.

=== page ===

## What accountability would look like

After the county's public defender's office began tracking failure-to-appear warrants that followed a rescheduled hearing, it found more than three hundred cases in a single year where a person had been marked absent from a hearing that had moved within the previous week. Most of those warrants were later withdrawn. Several people, like Delacroix-Vey, were arrested first.

The court has since made changes. The minimum notice window has been raised to seven days. Clerks now review any hearing that would move earlier by more than three days. The county is piloting reminder calls by a human being for defendants without a lawyer. These are modest steps, and they work.

But the larger lesson is about how public institutions buy and run software. Lawyers and court reform advocates in the county have begun pressing for rules that would apply to any automated system that affects people's obligations to appear before a court. Their proposals are practical:

1. Publish the configuration. Any setting that determines how hearings are scheduled, moved or prioritized should be a public document, like a court rule.
2. Log every change with a reason. When the system moves a hearing, the record should say why, and which constraint triggered it.
3. Never issue a warrant on a moved date alone. If a hearing was moved within the notice window, a failure to appear should prompt a phone call, not an arrest.
4. Audit outcomes by group. Courts should check, at least annually, whether rescheduling falls harder on people without lawyers, stable addresses or working phones.

None of this requires abandoning automation. The scheduler genuinely did reduce the backlog, and the old paper system had its own quiet injustices. Interpreters were double-booked. Defendants waited months for hearings that took four minutes. What changed was not the existence of error, but the ability to see where it came from.

Judge Philippa Hanrahan, who presides over the county's traffic and misdemeanor calendar, put it plainly when she spoke to a meeting of the county bar this autumn.

> When I set a date from the bench, the person is standing in front of me and hears it. When the system sets a date, nobody hears it. We have to build the hearing back in.

The same pattern, a tool that works well for the institution and poorly for the people on the other end of it, appears well beyond courts. We have written about it in municipal permitting, in our account of [the week a permit portal broke](/articles/when-the-permit-portal-broke), and in hospital wards. Delacroix-Vey's traffic case, incidentally, was dismissed. He was never told the date of that hearing either; his lawyer found out from the docket.`,
  },
  {
    slug: "alarm-fatigue-in-the-hospital-ward",
    title: "The Ward That Learned to Be Quiet",
    dek: "Nurses on one cardiac unit were hearing hundreds of monitor alarms a shift, most of them meaningless, until they started treating the noise itself as a patient-safety problem.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Health Care", "Medical Devices", "Public Software"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-11-06T11:40:00Z",
    issue: "2026-11-01",
    featuredImage: {
      art: "circuit",
      alt: "A dense electronic circuit lit in green",
      caption:
        "Every bedside monitor on the unit feeds a central station that can generate thousands of alerts a day.",
      credit: "Illustration: The Meridian",
    },
    body: `The first thing visitors notice on the fifth floor of Calloway Ridge Regional Hospital is how quiet it is. Two years ago, the cardiac step-down unit was one of the loudest places in the building. Bedside monitors chirped when a patient shifted in bed, when a sensor slipped, when a heart rate crossed a threshold for three seconds and then crossed back. A nurse walking from one end of the corridor to the other could pass a dozen alarms, and most of them meant nothing at all.

Clinicians have a name for what that does to people: alarm fatigue. When almost every alarm is false or trivial, staff learn, without ever deciding to, to stop responding to them. The danger is not the noise itself. It is the one alarm in a few hundred that is real, and that sounds exactly like the others.

## Counting the noise

The change at Calloway Ridge began with a nurse educator, Yvette Marchbanks, who spent two weeks with a clipboard recording every alarm on the unit and what, if anything, happened next. She counted an average of roughly three hundred and fifty alarms per patient per day. By her tally, fewer than one in twenty led to any change in care.

> I had expected the number to be high. I had not expected it to be a blizzard. We were asking nurses to find one snowflake and then blaming them when they missed it.

Her findings went to a committee of nurses, cardiologists and the hospital's clinical engineering department, which maintains the monitors. What surprised many of its members was how much of the noise came not from the patients or the machines, but from the default settings. The monitors had been configured years earlier, when the unit cared for a sicker population, and nobody had revisited the thresholds since.

## Changing the defaults

The committee made a series of unglamorous changes. They widened the heart-rate limits for patients whose baseline was known to run high or low. They added short delays, a few seconds long, to alarms for conditions that often resolve on their own, such as a brief dip in oxygen saturation when a patient coughs. They required electrode pads to be changed daily, because old pads were a leading cause of false readings. And they sorted alarms into tiers, so that the most serious sounded differently and were routed to a nurse's handheld device rather than simply to a central screen.

Each change was reviewed against the unit's incident records. Medical device alarms are regulated products, and the [Food and Drug Administration](https://www.fda.gov) has long collected reports of adverse events in which alarms were missed or silenced. The committee read dozens of those reports before deciding what it was safe to quiet.

Within six months, alarms on the unit had fallen by more than half. The number of serious events, such as patients whose deteriorating condition was noticed late, did not rise; by the hospital's measure it fell slightly. Nurses reported that they were answering alarms faster, because they had started to believe them again.

## A lesson about software, not just sound

It would be easy to treat this as a story about hospitals, but the core of it is a story about configuration. The monitors were doing exactly what they had been set to do. The settings encoded a set of judgments about risk that had been made long ago, by people who had moved on, for patients who were no longer there. Nobody owned them.

Clinical engineer Dariusz Okonkwo-Lee, who helped implement the new settings, says the most important outcome was not the new thresholds but a new routine: the unit now reviews its alarm data every quarter, and any change to a default requires a nurse and a physician to sign off.

That pattern, where the real decision hides inside a settings screen nobody reads, keeps recurring in public institutions. It is the theme of our review of *The Plain Machine*, in [The Case for Boring Public Software](/articles/the-case-for-boring-public-software), and it is the same problem a county court ran into with its automated calendar.

Marchbanks still carries the clipboard, though she uses it less. On a recent evening the unit went forty minutes without a single alarm. She said it was the first time in her career that silence on a cardiac ward had made her feel safe rather than nervous.`,
  },
  {
    slug: "when-the-permit-portal-broke",
    title: "The Week the Permit Portal Broke",
    dek: "When a mid-sized city's online permitting system failed during a building boom, the clerks who had been told to retire the paper forms turned out to be the backup plan.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["City Hall", "Public Software"],
    publishedAt: "2026-10-02T10:25:00Z",
    featuredImage: {
      art: "factory",
      alt: "A row of low industrial buildings with construction cranes behind them",
      caption:
        "Construction in the Ferris Point neighborhood stalled while permits sat in a broken queue.",
      credit: "Illustration: The Meridian",
    },
    body: `For six days in August, nobody in the city of Wexmoor could get a building permit online. Contractors refreshed the city's portal and watched the same spinning circle. Homeowners who had paid application fees received no confirmation. Inspectors arrived at job sites to find that the inspections they had been sent to perform had, according to the system, never been requested.

Wexmoor, a city of about a hundred and sixty thousand people, had moved its entire permitting process online two years earlier. The new portal replaced a counter on the ground floor of city hall where applicants once stood in line with rolled-up drawings. It was, by most accounts, a real improvement: faster, searchable, open at midnight. It was also, it turned out, a single point of failure.

The immediate cause was mundane. A routine update to the portal's payment module conflicted with a change the city's vendor had made to how uploaded files were stored. Applications that included drawings above a certain size began to fail silently. The queue backed up, the database slowed, and by the second morning the whole system had stopped responding. Fixing it required the vendor to roll back both changes, which took longer than anyone expected because nobody at the city had a complete record of what had been changed and when.

What happened next is the more interesting part. The city's permit center still employed four clerks who had worked the old counter. Their jobs had been redefined as "customer success" roles, answering the phone and helping applicants use the portal. When the portal went down, the deputy building official, Anneliese Throop, went down to the basement and brought up boxes of the old paper forms.

Throop says the decision was not in any plan. The city's continuity document for the permitting system, written when the portal launched, said that in the event of an outage applicants should "wait for service to be restored." In a year when the city was issuing more residential permits than at any time in two decades, waiting would have cost contractors and their crews a week of work.

So the clerks reopened the counter. They stamped paper applications, logged them in a spreadsheet and, once the portal came back, entered them by hand. By the end of the outage they had processed almost four hundred applications this way. Several contractors told me it was faster than the portal had ever been.

The city has since published a short review of the failure. Its recommendations are sensible, and some will sound familiar to anyone who has read about similar outages elsewhere:

- Keep a manual fallback that is rehearsed, not just written down, with staff who know how to run it.
- Require the vendor to keep a change log that city staff can read, so that a failure can be traced to its cause in hours, not days.
- Test uploads with real files, including the enormous architectural drawings that contractors actually submit.
- Build the portal to accessibility standards from the [World Wide Web Consortium](https://www.w3.org), which the review found had been met only partly, and which would also have made error messages clearer to every user.

The review does not recommend abandoning the portal, and nobody I spoke to wanted that. What it recommends, implicitly, is a different attitude toward people whose jobs were supposed to be made obsolete by software. The four clerks are now formally responsible for the fallback process, and they run a drill twice a year.

There is a broader pattern here, one that appears whenever a public institution automates a process that residents depend on: the system is designed around the normal day, and the abnormal day is left to whoever happens to be in the building. In Wexmoor, it happened to be people who remembered how to do the job by hand. A county court we examined more closely, in [Who Set the Court Date?](/articles/the-software-that-schedules-a-county-court), was less fortunate.

Throop keeps one of the stamped paper forms framed above her desk. It is an application for a back porch. It was approved in two days.`,
  },
  {
    slug: "the-case-for-boring-public-software",
    title: "The Case for Boring Public Software",
    dek: "A new book argues that the best technology a government can run is the kind nobody notices, and that the hardest part is the paperwork, not the code.",
    topic: "technology",
    authors: ["jonah-whitfield"],
    tags: ["Public Software", "Books", "Government"],
    publishedAt: "2026-11-24T19:05:00Z",
    body: `Most books about technology in government are written in one of two moods. The first is breathless: an app will fix the tax office, a dashboard will fix the schools. The second is grim: every public system is a disaster, every contract a scandal. *The Plain Machine*, by the former municipal systems manager Ruth Abernathy-Cole, is written in a third and much rarer mood, which I can only describe as professional calm.

Abernathy-Cole spent nineteen years running software for a county government of about half a million people, including its property records, its jail management system and the database that tracks restaurant inspections. Her argument, stated in the first chapter and defended for the next two hundred and fifty pages, is that good public software should be boring. It should do one thing reliably, change slowly, fail in predictable ways and be understood by the people who use it. Novelty, in her account, is a cost to be justified, not a benefit.

## The settings are the policy

The book's most useful idea is a simple one. In public systems, she writes, the important decisions are rarely made in the code. They are made in the configuration: the thresholds, defaults, deadlines and priority rules that somebody chooses when the software is installed, and that nobody reviews afterward. A benefits system that closes a case after thirty days of silence, rather than sixty, has made a policy decision. So has a court calendar that can move a hearing with two days' notice.

This will be familiar to readers who followed our reporting this autumn on [a county court's automated scheduler](/articles/the-software-that-schedules-a-county-court) and on [alarm fatigue in a cardiac ward](/articles/alarm-fatigue-in-the-hospital-ward). In both cases, the software worked as designed. The design simply reflected choices that had never been made in public. Abernathy-Cole's proposal is that configuration of any system that affects residents' rights or obligations should be treated like a regulation: drafted, published, open for comment and reviewed on a schedule.

## Standards over cleverness

She is equally firm about standards. The book has an admiring chapter on the slow, collaborative work of bodies like the [National Institute of Standards and Technology](https://www.nist.gov), which she credits with giving small governments a vocabulary for security and identity that they could never have developed on their own. Her advice to a county that wants to build something new is to first find out whether a standard already describes it, and to distrust any vendor that cannot explain how its product meets one.

There are good, concrete chapters on procurement, which she treats as the real site of software design in government, and on the problem of institutional memory. When the people who configured a system retire, she writes, the system keeps making their decisions long after anyone remembers why.

## Where the book is thinner

The weakest parts of *The Plain Machine* are its prescriptions for the federal level, where Abernathy-Cole has less experience and where her tone shifts from practical to hopeful. She also has little to say about the people on the other side of the counter. The residents who fill out the forms appear mostly as statistics, and a book so attentive to the hidden costs of software could have spent more time with those who pay them. Our own reporting on [a city permit portal that failed](/articles/when-the-permit-portal-broke) suggests that the human fallback is often what saves a system, and that it deserves a place in the design, not just in the afterword.

Still, this is the most sensible book on its subject I have read in years. It will not make anyone excited about government technology, and that is exactly its point. The best public software, Abernathy-Cole writes near the end, is the kind a resident uses once a year, forgets about immediately and never has reason to think of again. By that standard, most of us have met very little of it.`,
  },
];
