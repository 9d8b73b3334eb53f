import type { SeedArticle } from "./types";

export const foreignEnvironmentArticles: SeedArticle[] = [
  {
    slug: "the-strait-that-pays-for-a-country",
    title: "The Strait That Pays for a Country",
    dek: "A small island state lives on the fees that passing ships pay for its pilots, and on the hope that the ships keep coming.",
    topic: "foreign-affairs",
    authors: ["amara-lindqvist"],
    tags: ["Shipping", "Small States", "Trade"],
    publishedAt: "2026-10-16T07:15:00Z",
    issue: "2026-10-15",
    featuredImage: {
      art: "harbor",
      alt: "Container ships waiting at the mouth of a narrow strait",
      caption: "Ships queue for pilots off Kestrel Point, where the Serrat Strait narrows.",
      credit: "Illustration: The Meridian",
    },
    body: `Every ship that enters the Serrat Strait slows down at Kestrel Point. It has to. The channel narrows to a little under two nautical miles there, the current turns twice a day with real violence, and the law of the Velmar Islands says that any vessel over five thousand tonnes must take on a local pilot before it goes any further. The pilot climbs a rope ladder up the side of the hull, the ship pays a fee, and a small country of ninety thousand people keeps its lights on.

That is not much of an exaggeration. Pilotage, port dues and the transit levy together account for a little over a third of the government's revenue, according to the budget papers the islands' finance ministry publishes each spring. Tourism brings in less. Fishing brings in far less. The rest is a patchwork of remittances, licence fees and a modest sovereign fund that the opposition likes to call "the rainy-day jar."

## A toll booth with a flag

Odile Fenn has been harbourmaster at Port Aldegund for eleven years, and she describes her job as running "a toll booth with a flag on top." Her office looks straight down the strait. On a clear morning she can count the container ships queuing on the horizon, and she does, every day, in a paper logbook she keeps alongside the digital one.

> We are not a transit point. We are a service. The day a shipping company decides the service is not worth the price, we become a beautiful place with a budget problem.

The worry is not abstract. Shipping lines have shown again and again that they will reroute when the arithmetic changes: when fuel gets cheaper, a longer route around a cape becomes competitive; when insurance premiums rise in one region, traffic drifts to another. The Velmar government watches freight rates with the attention other countries reserve for opinion polls.

Marco Ashdown, a senior official at the finance ministry, keeps a chart on his wall that overlays monthly transits with the price of marine fuel. The two lines move against each other with uncomfortable regularity. "When bunker prices fall, ships are happier to sail the long way," he said. "We cannot control the price of oil. We can only control how pleasant we are to deal with."

## Being pleasant, at scale

Being pleasant has turned into an industrial strategy. The islands have cut the time it takes to board a pilot from ninety minutes to under forty, bought two new pilot launches, and published their fee schedule online in six languages. They have lobbied, with mixed success, at the [International Maritime Organization](https://www.imo.org) for formal recognition of the strait's navigational hazards, which would make compulsory pilotage harder for anyone to challenge.

They have also learned to be careful about politics. When larger neighbours quarrel, both sides tend to ask the Velmar Islands to take a position, and both sides own ships that pass Kestrel Point. The government's answer, repeated so often that the local paper, the *Velmar Gazette*, now prints it as a running joke, is that the strait is open to everyone who pays. It is a neutrality of the cash register, and as our colleagues describe in [a longer look at what neutrality costs](/articles/neutrality-has-a-price-list), it is rarely as simple as it sounds.

There is a quieter risk, too. The pilots themselves are ageing. Training a new one takes six years, and young islanders with the right qualifications can earn more on deep-sea vessels that seldom come home. The pilots' association newsletter, *The Ladder*, runs a recruitment appeal in every issue.

Fenn is optimistic, in the guarded way of people whose livelihoods depend on the weather. Traffic is up this year. The new launches are fast. But she keeps the paper logbook anyway. "Computers tell you what happened," she said. "The logbook tells me what is changing."`,
  },
  {
    slug: "the-long-thaw-on-the-northern-route",
    title: "The Long Thaw on the Northern Route",
    dek: "As the summer ice retreats, a string of Arctic harbour towns is learning that being on the map is not the same as being in the bargain.",
    topic: "foreign-affairs",
    authors: ["ingrid-salo"],
    tags: ["Arctic", "Shipping", "Diplomacy"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-10-21T06:45:00Z",
    issue: "2026-10-15",
    featuredImage: {
      art: "storm",
      alt: "Heavy cloud and broken sea ice off a northern coast",
      caption:
        "The shipping season in the high north now starts earlier and ends later than it did a generation ago.",
      credit: "Illustration: The Meridian",
    },
    body: `The harbour at Hallstrand was built for a season that lasted ten weeks. The quay is short, the fuel depot is small, and the warehouse behind the fish plant was designed to hold a winter's worth of supplies for a town of fourteen hundred people. For most of the twentieth century, that was enough. Supply ships arrived when the ice let them, left before it closed again, and for the rest of the year Hallstrand lived off what it had stored.

The season is longer now. Sea ice in the region has thinned, retreating earlier in the spring and returning later in the autumn, a trend documented year after year in the Arctic Report Card published by [NOAA](https://www.noaa.gov) and in the assessments that circulate among the member states of the [Arctic Council](https://arctic-council.org). For Hallstrand, the practical effect is simple: ships that never used to come are coming, and nobody is entirely sure what the town is supposed to do about it.

Signe Aaltonen, who chairs the municipal council, counted forty-one visiting vessels in the harbour last summer: survey ships, a cruise vessel, two bulk carriers waiting out a storm, and a research icebreaker whose crew bought out the bakery in a single afternoon. "Ten years ago it was six," she said. "We are not complaining about the bakery. We are asking who pays for the fuel spill when one of them runs aground."

## Open water, closed doors

That question sits at the centre of a quiet negotiation running across the high north. The opening of Arctic sea routes has been described, often breathlessly, as a new great game: large powers jostling for shortcuts between Asia and Europe, for seabed minerals, for military advantage. Some of that is real. But on the ground, in places like Hallstrand, the pressing issues are smaller and more bureaucratic. Who staffs the rescue station? Who certifies the ice pilots? Who cleans up?

The answers are usually set in national capitals far to the south, by ministries with many other priorities. Hallstrand's harbour is owned by the municipality, but its coast guard coverage is managed by a national agency, its environmental permits by another, and its dealings with foreign ships by a foreign ministry that has, in the words of one council member, "visited twice, both times in July."

> The map in the ministry shows a route. The map in the harbour office shows a rock.

That line, pinned above the harbourmaster's desk, is a fair summary of the gap between how the Arctic is discussed and how it is lived.

=== page ===

## The station at Vorrenhamn

Two hundred kilometres up the coast from Hallstrand, at the mouth of a fjord so narrow that ships must approach it at walking pace, sits the settlement of Vorrenhamn. It has no hotel, one shop, and the only year-round search and rescue station on that stretch of coast. Eight people staff it. In a bad year they launch forty times.

For years the station ran on a patchwork of national money and goodwill. Then, three winters ago, a foreign-flagged cargo ship lost power in a storm off the fjord, and the crew of the Vorrenhamn station spent thirty hours towing it to shelter. Nobody was hurt. The bill, which covered fuel, overtime and repairs to a damaged rescue boat, came to a little under a million euros. The ship's owners disputed it for two years.

The dispute turned a remote outpost into a diplomatic file. Officials from three countries, two insurers and a regional shipping association eventually sat down to write what participants describe as the first cost-sharing protocol for rescue operations on that coast. The talks were slow and mostly technical. They argued about fuel prices, about whether a tow counted as rescue or salvage, and about which language the binding text should be written in.

Jonas Pelkonen, a legal adviser who took part for the regional government, said the most difficult conversation was not about money at all. It was about who gets to say no. "The station commander has to be able to refuse a request if the weather makes it suicidal," he said. "Some of the shipping people heard that as a threat. It took weeks to explain that it was a safety rule."

> Diplomacy in the Arctic is mostly this: a long meeting about a short rope.

The protocol, signed last spring, is modest. It sets a fixed daily rate for rescue operations, requires ships entering the region in the shoulder seasons to carry insurance that covers towing, and creates a small fund, topped up by a levy on port calls, to keep stations like the one at Vorrenhamn open through the winter. It does not mention geopolitics once.

That is partly the point. The big questions about Arctic sovereignty are not going to be settled in a fjord. But the small questions get settled there every week, and the answers accumulate into something that looks a great deal like governance. Researchers who follow the region, including the authors of a recent study in the *Northern Policy Quarterly*, have started to argue that these unglamorous agreements matter more for the actual safety of Arctic shipping than the summits that make the headlines.

=== page ===

## What small places want

Ask people in Hallstrand what they want from the new Arctic and the answers are surprisingly consistent. They are not against ships. Most of them have relatives who work at sea, and the harbour has always been the town's reason to exist. What they want is to be part of the arrangement rather than an afterthought to it.

In conversations over several weeks, residents, council members and harbour staff kept returning to the same short list:

- A share of port-call levies that stays in the town, rather than disappearing into a national budget.
- A regular hearing when the national government negotiates shipping rules for the region.
- Spill-response equipment stored locally, not flown in from the south after the damage is done.
- Training places for young residents as ice pilots and rescue crew, so that the new jobs do not all go to outsiders.

None of these demands is radical. Several are already policy in other Arctic jurisdictions. What makes them difficult is that they require a national government to share a little authority with a town that most of its ministers could not find on a map.

There are reasons for hope. The rescue protocol up the coast showed that practical agreements can be reached when the costs are concrete and the people at the table have to live with the results. Aaltonen mentions it constantly. "They wrote rules for a rope," she said. "They can write rules for a harbour."

There are also reasons for caution. Shipping through the region remains seasonal and volatile. A bad ice year, a jump in insurance premiums or a change in global freight rates could send traffic elsewhere as quickly as it came, a pattern familiar to anyone who has followed [how small maritime states depend on passing trade](/articles/the-strait-that-pays-for-a-country). Towns that build for a boom can be left with a quay nobody uses.

Small states and small towns share a problem here. Both are asked to pick sides in contests they did not start, and both tend to have more to lose than to gain from the quarrels of bigger players. The question of [what it costs to stay neutral](/articles/neutrality-has-a-price-list) is being asked in ministries; in Hallstrand, it is being asked at the harbour office.

On the last evening of the summer season, the council held its annual meeting in the school gym. The agenda had eleven items. Nine of them were about the harbour. Outside, a survey ship was tying up at the short quay, lights on, engines idling, waiting for fuel the town was not sure it had.`,
  },
  {
    slug: "neutrality-has-a-price-list",
    title: "Neutrality Has a Price List",
    dek: "Small states that refuse to pick sides are discovering that staying out costs money, patience and a very good legal department.",
    topic: "foreign-affairs",
    authors: ["ingrid-salo", "amara-lindqvist"],
    tags: ["Neutrality", "Small States", "Sanctions"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-11-04T10:30:00Z",
    featuredImage: {
      art: "parliament",
      alt: "A stone government building beside a river at dusk",
      caption: "Sarnova's foreign ministry works from a former customs house near the river.",
      credit: "Illustration: The Meridian",
    },
    body: `The foreign ministry of Sarnova occupies a former customs house near the river, and on its second floor there is a room the staff call the ledger room. It holds no ledgers. It holds the country's sanctions compliance team: eleven lawyers and analysts whose job is to make sure that a small republic with a constitutional commitment to neutrality does not accidentally take a side.

It is harder than it sounds. Neutrality used to be a question of armies, of refusing to join alliances and declining to let foreign troops cross your territory. Today it is as much a question of banking, software licences, shipping insurance and export controls. Every time a large power imposes sanctions on another, Sarnova's banks, ports and manufacturers have to decide whether to comply, and the government has to decide whether compliance counts as picking a side.

## The invoice for staying out

Petra Ostrowe, who runs the ledger room, describes neutrality as "a policy that comes with an invoice." She means it literally. Her team estimates that compliance work, legal disputes and lost trade tied to the country's neutral status cost the economy a meaningful share of its output each year, a figure the government does not publish but does not dispute either.

> Everyone admires a neutral country until they need it to do something. Then they want an ally.

The costs fall into a few familiar categories, which Sarnovan officials recite with the weariness of people who have explained them many times:

1. Lost access. When a small state declines to join a sanctions regime, some partners quietly restrict its banks' access to their markets.
2. Legal exposure. Companies operating from a neutral state can find themselves sued or penalised in several jurisdictions for the same transaction.
3. Diplomatic overhead. Neutrality has to be explained constantly, to friends who feel slighted and to rivals who feel courted.
4. Security spending. A country that will not rely on allies must pay more to defend itself, or accept more risk.

## What it buys

Against that invoice, neutral states can point to real returns. Sarnova hosts two international agencies and a steady stream of mediation talks, each of which brings hotel bookings, conference fees and, less measurably, a reputation. Its diplomats are trusted by parties who trust almost no one else. Its capital appears on the itineraries of negotiators who need a table that belongs to nobody.

The country has also become skilled at a particular kind of bureaucratic diplomacy: writing rules that let it trade with everyone while satisfying no one completely. Sarnovan officials are regular participants in the working groups at the [United Nations](https://www.un.org) that deal with the implementation of sanctions, and they have built a reputation for asking awkward technical questions that larger delegations would rather not answer.

The same logic, on a smaller scale, runs through the shipping economies of island states such as the one we visited for [our report on a strait that funds a government](/articles/the-strait-that-pays-for-a-country). Staying open to everyone is a strategy. It is also a bill.

## A narrowing space

The harder question is whether the space for neutrality is shrinking. A generation ago, a small state could stay out of great-power rivalry by staying quiet. Now the rivalry runs through supply chains, payment systems and data networks, and quiet is no longer an option. A commentary in the Sarnovan weekly *Riverside Review* argued recently that neutrality has become "a full-time job with no days off."

Ostrowe is less dramatic. She thinks neutrality will survive, but that it will look more like a profession than a principle: a set of skills, practised daily, rather than a line in the constitution. "We used to think neutrality was something we had," she said. "Now we understand it is something we do."`,
  },
  {
    slug: "the-customs-officers-who-run-foreign-policy",
    title: "The Customs Officers Who Run Foreign Policy",
    dek: "In a mid-sized port on a busy trade corridor, the most consequential diplomats wear orange vests and carry rubber stamps.",
    topic: "foreign-affairs",
    authors: ["amara-lindqvist"],
    tags: ["Trade", "Ports", "Development"],
    publishedAt: "2026-11-19T08:20:00Z",
    featuredImage: {
      art: "night-city",
      alt: "Truck headlights queuing outside a port before dawn",
      caption:
        "Drivers bound for three inland countries queue at Port Emberly before the customs hall opens.",
      credit: "Illustration: The Meridian",
    },
    body: `At six in the morning, before the cranes start, the customs hall at Port Emberly is already full. Truck drivers queue at the windows with folders of paper. Freight agents argue over phone screens. Behind the glass, officers in orange vests work through declarations for cargo that ranges from frozen fish to mining equipment to secondhand cars bound for three landlocked countries further inland.

Nobody in the hall would call this diplomacy. But the decisions made here, about what gets inspected, how long it takes and what it costs, shape the relationships between half a dozen governments more directly than most summits do.

## The slowest link

Trade economists have long pointed out that for many developing countries, the biggest barrier to exporting is not tariffs but time. A container that sits for a week waiting for paperwork costs money every day it sits. Bodies such as [UNCTAD](https://unctad.org) and the [World Trade Organization](https://www.wto.org) have spent years encouraging governments to simplify border procedures, and the argument is well rehearsed: faster borders mean cheaper goods, more competitive exporters and fewer opportunities for bribery.

At Port Emberly, the argument is not theoretical. Delphine Marr, the deputy director of customs, keeps a whiteboard in her office with a single number on it: the average clearance time for import containers in the previous week. When she arrived four years ago, it was nine days. Last month it was under three.

![Cranes and stacked containers at a busy port at dawn](art:harbor "Clearance times at ports like this one can matter more to exporters than tariffs. | Illustration: The Meridian")

The improvements came from unglamorous changes. The port introduced a single electronic window, so that traders submit documents once rather than separately to five agencies. It adopted risk-based inspection, so that officers physically open a fraction of containers rather than most of them. And it began publishing clearance times, which turned a hidden inefficiency into a public embarrassment.

## Neighbours at the gate

The inland countries that depend on Port Emberly watch those numbers closely. For them, the port is effectively a foreign border that controls their access to the world. When clearance slows, their exporters lose contracts; when fees rise, their consumers pay more. Their trade officials visit Marr's office more often than they visit her minister's.

> Every landlocked country has a coastline. It just belongs to someone else.

That line, a favourite of a transit negotiator from one of the inland states, captures the uneasy dependency. Transit agreements exist on paper, but their value is decided in the customs hall. A single officer who insists on reinspecting a convoy can undo months of negotiation.

Marr is aware of the responsibility. Her team now meets monthly with counterparts from the inland states, and they have begun sharing data on cargo that crosses both borders, so that a container inspected at the port does not have to be opened again at the frontier. The arrangement is informal. It is also, by most accounts, the most productive diplomatic channel in the region.

There are limits. A dispute between two capitals over fishing rights last year closed the data-sharing channel for two months, and clearance times crept back up. The regional trade bulletin *Corridor Weekly* tallied the cost in delayed exports, and the numbers were sobering.

Small maritime states that live off passing ships, such as [the island nation that depends on its strait](/articles/the-strait-that-pays-for-a-country), know the same lesson from the other side of the counter: service is a form of power, and so is its absence.

As the cranes begin to move, Marr walks the hall. She stops at a window where a driver is arguing about a missing stamp, reads the form, and signs it herself. "Foreign policy," she says, handing it back, "is mostly paperwork done fast."`,
  },
  {
    slug: "the-reservoir-that-learned-to-share",
    title: "The Reservoir That Learned to Share",
    dek: "Three towns, one shrinking lake and a water-sharing formula that nobody loves but everybody follows.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Water", "Drought", "Rivers"],
    visibility: "SUBSCRIBERS",
    publishedAt: "2026-10-02T07:40:00Z",
    issue: "2026-10-01",
    featuredImage: {
      art: "river",
      alt: "A river winding below a dam through dry hills",
      caption:
        "Below the dam at Lake Carrow, a minimum flow keeps the river alive even in drought.",
      credit: "Illustration: The Meridian",
    },
    body: `Lake Carrow is lower than anyone in the valley can remember. At the boat ramp in Ashby Ferry, the concrete slope runs forty metres past its end and onto cracked mud. The old village church, drowned when the dam was built in the 1950s, shows its bell tower above the water for the first time in a generation, and weekend visitors come to photograph it.

Three towns draw water from the lake: Ashby Ferry on the north shore, Millbrook Cross downstream of the dam, and Dunmere, which sits twenty kilometres away and gets its share through a pipeline built in the 1970s. For most of the reservoir's history, there was enough for all of them, and the rules about who got what were written in a document almost nobody read.

## A formula nobody loves

That changed after three dry winters in a row. With inflows falling and summer demand rising, the Carrow Basin Water Board faced the question that water managers around the world increasingly confront: how do you divide a shrinking supply when every user has a legitimate claim?

The board's answer, hammered out over eighteen months of public meetings, is a sharing formula that adjusts each town's allocation according to the level of the reservoir. It is not elegant. It is also, according to almost everyone involved, the reason the valley has not run dry.

Imelda Voss, the board's chief hydrologist, explains the formula with a diagram she has drawn so many times she can do it without looking. At full supply, each town takes what it needs. As the lake drops through a series of trigger levels, allocations shrink in stages, and the cuts fall harder on uses that can be deferred than on uses that cannot:

- Drinking water and sanitation are protected until the lake reaches its lowest trigger.
- Irrigation is cut first and fastest, with farmers compensated from a drought fund.
- Industrial users can buy and sell allocations among themselves, within limits.
- A minimum flow is always released below the dam to keep the river alive.

> We did not try to make it fair. We tried to make it predictable. People can live with a cut they saw coming.

Voss said that at a public meeting last year, and it has since become something like the board's motto.

![Cracked mud and exposed banks at the edge of a receding lake](art:desert "Lake Carrow has fallen to its lowest level since the dam was completed. | Illustration: The Meridian")

## The people at the bottom of the formula

Predictability has a cost, and it falls mostly on farmers. Teodor Brannigan grows vegetables on the river flats below Millbrook Cross, and this year his irrigation allocation was cut by more than half. The drought fund covered part of the loss. It did not cover the workers he could not hire or the contracts he could not fill.

Brannigan supports the formula anyway, which surprised me. His reasoning was practical. Before the formula, allocations were negotiated in private between the board and the biggest users, and small farmers usually lost. Now the rules are public, the trigger levels are published weekly, and he can plan his planting around them. "I would rather know I am getting half," he said, "than hope I am getting all of it and find out in August I am getting nothing."

## Planning for a thirstier valley

The formula was designed for drought, but the people running it suspect it will become the normal way of doing business. Climate assessments gathered by bodies such as the [World Meteorological Organization](https://wmo.int) point towards hotter summers and more erratic rainfall across much of the temperate world. A reservoir built for a wetter century now has to serve a drier one.

The board is already looking at what comes next. It is studying whether to let towns bank unused allocations in wet years, whether to raise prices for the heaviest users, and whether the upper catchment, where logging has thinned the forest, could be restored to hold more water in the soil. That last question ties the valley's water to a wider argument about [how forests are measured and valued](/articles/counting-the-forest-twice), and it is likely to be the most contentious of the three.

The local paper, the *Carrow Valley Courier*, ran a headline last month that summed up the mood: "Less Water, Fewer Surprises." It is not the kind of headline anyone hoped for. But in a valley where the church tower now stands above the water, it counts as good news.`,
  },
  {
    slug: "the-batteries-behind-the-grain-elevator",
    title: "The Batteries Behind the Grain Elevator",
    dek: "A farm town's bet on grid storage turned a sleepy substation into the most argued-about site in the county.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Energy", "Grid Storage", "Rural Economy"],
    publishedAt: "2026-11-10T12:05:00Z",
    featuredImage: {
      art: "circuit",
      alt: "Rows of white battery cabinets beside an electrical substation",
      caption:
        "The battery yard at Kessingford sits where wind-farm lines meet the eastern transmission corridor.",
      credit: "Illustration: The Meridian",
    },
    body: `The grain elevator in Kessingford is the tallest thing for thirty miles, and for most of the town's history it was the only building anyone outside the county had heard of. That changed two years ago, when a company called Prairiewell Storage began installing rows of white steel cabinets on a field next to the electrical substation behind the elevator. Each cabinet holds lithium-ion batteries. Together they can store enough electricity to power every home in the county for a few hours.

The battery yard is now the most argued-about site in Ambrose County. At town meetings it has been called a fire hazard, a gift from heaven, an eyesore, a tax bonanza and, on one memorable evening, "a shipping container full of lightning."

## Why here

The reason Prairiewell chose Kessingford has little to do with the town and everything to do with the wires. The substation sits at a junction where power lines from a cluster of wind farms to the west meet the transmission corridor heading east to the cities. On windy nights, the wind farms produce more electricity than the lines can carry, and some of it is wasted. On still evenings, when demand peaks, the region imports expensive power from elsewhere.

A battery at the junction can soak up the surplus and release it when it is needed. It is a textbook case of the kind of grid storage that analysts at bodies such as the [International Energy Agency](https://www.iea.org) describe as essential for grids running on a growing share of wind and solar power. Samuel Ridgeway, the project's lead engineer, puts it more simply: "We buy cheap wind at two in the morning and sell it at six in the evening."

![Wind turbines over farmland near a grain elevator](art:fields "Wind farms west of Kessingford produce more power on some nights than the lines can carry. | Illustration: The Meridian")

## The argument in the gym

The arguments against the project were not frivolous. Battery fires are rare but serious, and the volunteer fire department had never trained for one. Some farmers worried about runoff from the site. Others simply objected to an industrial facility appearing on the edge of town without much warning.

Loretta Vance, who farms soybeans north of town and sits on the county commission, was among the sceptics. She changed her mind, she said, after the company agreed to three conditions:

- Fund specialist training and equipment for the volunteer fire department.
- Pay a fixed annual sum into a county fund, on top of property taxes, for the life of the project.
- Publish a monthly report on the site's operations, including any safety incidents.

> I was never against batteries. I was against being told about them after the fact.

The payments have changed the county's arithmetic. The battery yard now contributes more in taxes than any other single property in the county, and the commission used part of the first year's money to resurface the road to the school. The local weekly, the *Ambrose County Ledger*, ran a photograph of the new asphalt under the headline "Paid For By Lightning."

## What it does not solve

Storage is not a cure for everything. The batteries can shift energy by a few hours, not by a season, and during long windless stretches in winter the region still leans on gas plants further east. The transmission line remains a bottleneck, and the battery works around it rather than fixing it.

Ridgeway is frank about that. He sees the battery as one piece of a much larger rebuild of the rural grid, which will need new lines, smarter pricing and, in places, difficult conversations about land. Those conversations echo ones happening on the coast, where a very different kind of infrastructure decision is being made by [a town that agreed to move inland](/articles/the-town-that-agreed-to-move-inland).

For now, Kessingford has adjusted. The elevator still dominates the skyline. Behind it, the white cabinets hum quietly through the night, filling up while the town sleeps.`,
  },
  {
    slug: "the-town-that-agreed-to-move-inland",
    title: "The Town That Agreed to Move Inland",
    dek: "Managed retreat is usually described as a defeat, but one fishing town is running it like a construction project.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Coastlines", "Sea Level", "Adaptation"],
    publishedAt: "2026-09-24T11:10:00Z",
    featuredImage: {
      art: "coast",
      alt: "Low houses along a harbour front with a hill rising behind",
      caption:
        "The lower town at Calder's Reach, where the first homes are being lifted and moved uphill.",
      credit: "Illustration: The Meridian",
    },
    body: `The first house to move in Calder's Reach was the one that belonged to the harbourmaster. It went on the back of a flatbed truck, at four miles an hour, up the hill road to a new plot a mile inland, while most of the town walked alongside it. Someone brought a brass band. The harbourmaster, a woman in her seventies, rode in the cab and waved.

It was, everyone agrees, a strange way to start a retreat.

Managed retreat, the planned relocation of people and buildings away from hazardous coastlines, has a reputation problem. It sounds like surrender. For decades, the standard response to rising seas and eroding shores has been to defend: build a higher seawall, pump more sand onto the beach, raise the road. Retreat was what happened when defence failed, usually after a storm and usually in chaos.

## Running it like a building site

Calder's Reach is trying something different. After two winter storms in three years overtopped the harbour wall and flooded the lower town, the council and a regional body, the Coastal Resettlement Authority, agreed on a twenty-year plan to move the lowest-lying homes, the school and the health clinic uphill, in stages, before the next catastrophe forces the issue.

Nell Tregarthen, the authority's project manager, talks about the plan the way a builder talks about a schedule. There are phases, milestones, budgets and contingencies. Each household has a case worker. Each move is planned months ahead, with the new plot prepared, services connected and, where possible, the original house lifted and carried rather than demolished.

> People do not grieve for a building the way they grieve for a street. If we can keep the neighbours next to each other, we keep most of the town.

That principle has shaped the new layout. The inland site is arranged so that families who lived side by side on the harbour front can live side by side again, and the main street has been laid out to echo the old one, down to the bend where the pub used to be.

## The science behind the schedule

The timetable is driven by projections. Sea level estimates from agencies such as [NOAA](https://www.noaa.gov) and the assessments of the [Intergovernmental Panel on Climate Change](https://www.ipcc.ch) describe a range of outcomes rather than a single number, and the plan is built to flex. If the sea rises faster, the later phases move forward. If it rises more slowly, they can wait.

The harbour itself stays. Fishing boats still need somewhere to land, and the plan includes raising and strengthening the working quay rather than abandoning it. Abel Ostrander, who has fished out of Calder's Reach for forty years, was relieved. "They are moving where we sleep," he said. "They are not moving where we work."

## Who pays, and who decides

Money is the hardest part. The plan depends on a mix of national adaptation funding, insurance payouts and a local levy, and each of those sources comes with strings. Households who own their homes outright have the most choice. Renters and people with heavy mortgages have the least, and the authority has had to create a separate fund to make sure they are not left behind on the shore.

There are lessons here for other places living up against environmental limits, from valleys [sharing a shrinking reservoir](/articles/the-reservoir-that-learned-to-share) to farm towns hosting new energy infrastructure. The common thread is that communities accept painful change more readily when the rules are clear and the process starts early.

A planning guide published last year by the authority, *Moving Together*, has been requested by councils along the whole coast. Its first line is painted on the wall of Tregarthen's office: "Retreat is a decision, not a defeat."`,
  },
  {
    slug: "counting-the-forest-twice",
    title: "Counting the Forest Twice",
    dek: "A carbon-credit venture sent two teams of surveyors into the same woodland, and they came back with very different numbers.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Forests", "Carbon Markets", "Climate"],
    publishedAt: "2026-10-05T08:50:00Z",
    issue: "2026-10-01",
    featuredImage: {
      art: "forest",
      alt: "Dense spruce and birch forest on a misty hillside",
      caption: "The Tallis Forest covers the hills at the top of the Carrow catchment.",
      credit: "Illustration: The Meridian",
    },
    body: `The Tallis Forest covers about twelve thousand hectares of hill country above the Carrow valley, mostly spruce and birch with stands of older oak in the gullies. Last year, it was measured twice. The first survey was commissioned by Evergrove Carbon, a company that wanted to sell credits based on the carbon the forest would keep out of the atmosphere if it were protected from logging. The second was carried out by a team from the Highland Forestry Institute, hired by the regional government to check the first.

The two surveys disagreed by almost forty per cent.

That gap is not a scandal, exactly. Nobody has accused anyone of fraud. But it is a vivid illustration of a problem that has dogged forest carbon markets for as long as they have existed: the numbers underneath the credits are much less certain than the credits themselves suggest.

## How to weigh a forest

You cannot put a forest on a scale. Carbon accounting relies instead on a chain of estimates, and every link in the chain involves a choice. Mara Kettering, who led the institute's survey, walked me through the steps on a muddy morning in the oak gullies:

1. Measure a sample of trees in representative plots, recording their diameter, height and species.
2. Use standard equations to convert those measurements into an estimate of the biomass in each tree.
3. Scale the plot estimates up to the whole forest, using satellite imagery and maps.
4. Estimate how much carbon the forest would lose without protection, which is the number the credits are actually sold on.

The first three steps are difficult but well understood. International bodies such as the [Food and Agriculture Organization](https://www.fao.org) publish guidance on forest inventories, and most surveyors use broadly similar methods. The disagreement over the Tallis Forest came almost entirely from step four.

> Measuring the forest is science. Measuring the forest that would have existed without you is a story, and you get to choose the ending.

## The counterfactual problem

Evergrove's survey assumed that, without protection, much of the forest would be clear-felled within a decade. The institute's team looked at the area's logging history, the steep terrain and the price of timber, and concluded that only a fraction of it was realistically at risk. The forest, they argued, was mostly going to stand whether anyone paid for it or not.

Osei Barrow, who managed the Evergrove project, does not accept that conclusion. He points out that logging permits had been sought for parts of the forest, and that timber prices can rise quickly. "Every baseline is a forecast," he said. "Ours is cautious about the forest, not generous about the credits."

Both arguments are reasonable. That is exactly the problem. A market that depends on a forecast nobody can check will always struggle to persuade buyers that a tonne of carbon is really a tonne.

## Why it matters downstream

The dispute matters beyond the carbon market. The Tallis Forest sits at the top of the catchment that feeds Lake Carrow, the reservoir at the centre of [a hard-won water-sharing deal](/articles/the-reservoir-that-learned-to-share). Hydrologists in the valley want the forest protected for reasons that have nothing to do with carbon: it slows runoff, holds the soil and keeps the lake from silting up.

Development lenders such as the [World Bank](https://www.worldbank.org) have long backed schemes that pay landowners for these wider benefits, often called ecosystem services, and some researchers argue they offer a more honest basis for conservation finance than carbon alone. A recent issue of the journal *Upland Economics* was devoted entirely to that question.

For now, the regional government has asked both teams to produce a joint estimate. Kettering is hopeful. "We agree on the trees," she said. "We just need to agree on the future."`,
  },
];
