### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# award-title-6d9dce07 = The European Award for local campaigns

# Context: heading
# award-h-eaededca = Why an award

# Context: paragraph in “Why an award”
# award-p-8d01512c = Many good local campaigns remain unknown outside the town that ran them. An award is a simple way to find them, to thank the people behind them and to share their ideas.

# Context: paragraph in “Why an award”
# award-p-56f46ba6 = The first activity of { -clarinet } was a call for the "European Award for local public awareness campaigns on migration and integration". It served the project's first and third objectives: to identify and encourage good practice by { -local-communities } in public communication on migration and the inclusion of { -migrants }, and to promote the exchange of that practice across the European Union.

# Context: heading
# award-h-9e7328f0 = How a call works

# Context: paragraph in “How a call works”
# award-p-d2cac224 = Whatever its exact rules, a call for an award of this kind usually follows the same stages.

# Context: list item in “How a call works”
# award-li-10c6414b = **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.

# Context: list item in “How a call works”
# award-li-0fe93a82 = **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.

# Context: list item in “How a call works”
# award-li-8feab185 = **Eligibility check.** The organisers check that each entry meets the formal conditions.

# Context: list item in “How a call works”
# award-li-ee883a18 = **Assessment.** A jury assesses the eligible entries against the published criteria.

# Context: list item in “How a call works”
# award-li-24c0cef2 = **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.

# Context: list item in “How a call works”
# award-li-c59869f9 = **Sharing.** The best entries are presented to others, so that other towns can learn from them.

# Context: paragraph in “How a call works”
# award-p-b9d6d022 = Always read the official text of a call carefully. This chapter describes how such calls generally work and what juries usually look for; the precise rules, eligibility conditions and criteria of any particular award are set by its organisers.

# Context: heading
# award-h-d32f26f8 = Criteria

# Context: paragraph in “Criteria”
# award-p-528cc0d5 = For a European award on local campaigns about migration and integration, the following criteria are typical. You can also use them to assess your own campaign.

# Context: table cell in “Criteria”
# award-cell-a6c7b3a4 = Criterion

# Context: table cell in “Criteria”
# award-cell-335ca615 = The question a jury asks

# Context: table cell in “Criteria”
# award-cell-02d2fe76 = Relevance

# Context: table cell in “Criteria”
# award-cell-82af7a5e = Does the campaign respond to a real local need or situation?

# Context: table cell in “Criteria”
# award-cell-eb986388 = Clarity of goals

# Context: table cell in “Criteria”
# award-cell-69c460ea = Did the campaign know what it wanted to change, and for whom?

# Context: table cell in “Criteria”
# award-cell-7e3a2476 = Participation

# Context: table cell in “Criteria”
# award-cell-d878f080 = Were newcomers and residents involved in designing and running it?

# Context: table cell in “Criteria”
# award-cell-4d821f29 = Quality of message

# Context: table cell in “Criteria”
# award-cell-34cc5209 = Was the message accurate, respectful, local and memorable?

# Context: table cell in “Criteria”
# award-cell-134c2a8d = Creativity

# Context: table cell in “Criteria”
# award-cell-c051de15 = Did the campaign find a fresh way to reach its audience?

# Context: table cell in “Criteria”
# award-cell-f19d7075 = Partnership

# Context: table cell in “Criteria”
# award-cell-d0946624 = Did it bring together different local actors?

# Context: table cell in “Criteria”
# award-cell-424cc635 = Results

# Context: table cell in “Criteria”
# award-cell-c03c1a74 = Is there evidence of reach and of change, honestly reported?

# Context: table cell in “Criteria”
# award-cell-22c552ef = Transferability

# Context: table cell in “Criteria”
# award-cell-bdc3355e = Could another town learn from it and adapt it?

# Context: heading
# award-h-6dfa441f = What good entries share

# Context: paragraph in “What good entries share”
# award-p-a5e0e337 = Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:

# Context: list item in “What good entries share”
# award-li-8db72d19 = **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.

# Context: list item in “What good entries share”
# award-li-8296c137 = **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.

# Context: list item in “What good entries share”
# award-li-85bf4438 = **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.

# Context: list item in “What good entries share”
# award-li-4bf2d60b = **Honest results.** The entry reports what worked and what did not, with modest but real evidence.

# Context: list item in “What good entries share”
# award-li-d4a7ab9b = **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.

# Context: paragraph in “What good entries share”
# award-p-23da42cd = The most useful entries include a short section called "If you want to do this in your town". Two or three practical sentences, for example on finding partners or securing consent, turn a success story into a tool for others.

# Context: heading
# award-h-bf454da0 = Preparing an entry

# Context: list item in “Preparing an entry”
# award-li-033cacd5 = Read the call and its criteria, and check your eligibility first.

# Context: list item in “Preparing an entry”
# award-li-75ddd7aa = Collect material while your campaign is running, not afterwards:

# Context: list item in “Preparing an entry”
# award-li-c75ca877 = photos and videos, with consent for their use in the entry;

# Context: list item in “Preparing an entry”
# award-li-4e71e35b = press coverage and screenshots of online reactions;

# Context: list item in “Preparing an entry”
# award-li-28d2f9c3 = figures on participation and reach;

# Context: list item in “Preparing an entry”
# award-li-90dc5e16 = quotes from participants, both newcomers and long-standing residents.

# Context: list item in “Preparing an entry”
# award-li-ab30f243 = Write the entry as a story: situation, goal, what you did, what changed, what you learned.

# Context: list item in “Preparing an entry”
# award-li-29c97291 = Answer every criterion explicitly. Juries read many entries and appreciate clear structure.

# Context: paragraph in “Preparing an entry”
# award-p-8538e4f5 = Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.

# Context: heading
# award-h-9353605e = What you can do

# Context: list item in “What you can do”
# award-li-a9eeb92f = Assess your latest campaign with the criteria table above and note its strongest and weakest points.

# Context: list item in “What you can do”
# award-li-ec2813b3 = Start an "evidence folder" for your next campaign on day one.

# Context: list item in “What you can do”
# award-li-03cd530b = Look for current award calls and funding programmes on migration, integration and local communication, for example through [the European Commission's website](https://commission.europa.eu) and through national and European networks of towns.

# Context: list item in “What you can do”
# award-li-f4de1ffe = Use the [campaign plan template](10-resources.md#campaign-template) to make your next campaign easier to document.
