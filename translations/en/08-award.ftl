# handbook/chapters/08-award.md — The European Award for local campaigns
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
award-title-27b65b25927c3d86 = The European Award for local campaigns
# Context: heading
award-h-9cc9c6c499ead4a1 = Why an award
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Many good local campaigns remain unknown outside the town that ran them. An award is a simple way to find them, to thank the people behind them and to share their ideas.
# Context: paragraph in “Why an award”
award-p-93966e1807b6f998 = The first activity of { -clarinet } was a call for the "European Award for local public awareness campaigns on migration and integration". It served the project's first and third objectives: to identify and encourage good practice by { -local-communities } in public communication on migration and the inclusion of { -migrants }, and to promote the exchange of that practice across the European Union.
# Context: heading
award-h-975a8a2ec864e893 = How a call works
# Context: paragraph in “How a call works”
award-p-fee627b0bfa8e0a9 = Whatever its exact rules, a call for an award of this kind usually follows the same stages.
# Context: list item in “How a call works”
award-li-830caf17a6706429 = __Publication.__ The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
# Context: list item in “How a call works”
award-li-035379af56a66d79 = __Applications.__ Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
# Context: list item in “How a call works”
award-li-6579c80e83766bbf = __Eligibility check.__ The organisers check that each entry meets the formal conditions.
# Context: list item in “How a call works”
award-li-2dd88f6c6da96e56 = __Assessment.__ A jury assesses the eligible entries against the published criteria.
# Context: list item in “How a call works”
award-li-f71bf0137d85b53a = __Decision and ceremony.__ The winners are announced, ideally at a public event that gives them visibility.
# Context: list item in “How a call works”
award-li-dbfa5c5c52487d49 = __Sharing.__ The best entries are presented to others, so that other towns can learn from them.
# Context: paragraph in “How a call works”
award-p-ab2c2ef1ec5c1bfd = Always read the official text of a call carefully. This chapter describes how such calls generally work and what juries usually look for; the precise rules, eligibility conditions and criteria of any particular award are set by its organisers.
# Context: heading
award-h-71708699acf8f3b3 = Criteria
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = For a European award on local campaigns about migration and integration, the following criteria are typical. You can also use them to assess your own campaign.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Criterion
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = The question a jury asks
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Relevance
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Does the campaign respond to a real local need or situation?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Clarity of goals
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Did the campaign know what it wanted to change, and for whom?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Participation
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Were newcomers and residents involved in designing and running it?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Quality of message
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Was the message accurate, respectful, local and memorable?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Creativity
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Did the campaign find a fresh way to reach its audience?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Partnership
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Did it bring together different local actors?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Results
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Is there evidence of reach and of change, honestly reported?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Transferability
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Could another town learn from it and adapt it?
# Context: heading
award-h-8b7d003b40009032 = What good entries share
# Context: paragraph in “What good entries share”
award-p-dd55b4ceb2d45b1f = Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
# Context: list item in “What good entries share”
award-li-0005beda09ead772 = __A clear local story.__ The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
# Context: list item in “What good entries share”
award-li-051a116eadb2a05c = __People, not labels.__ Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
# Context: list item in “What good entries share”
award-li-003264f4a6b45211 = __Real partnership.__ The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
# Context: list item in “What good entries share”
award-li-ed4ffc843fedf559 = __Honest results.__ The entry reports what worked and what did not, with modest but real evidence.
# Context: list item in “What good entries share”
award-li-61acb526c050579f = __Something to copy.__ The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
# Context: paragraph in “What good entries share”
award-p-459365c0e3df687a = The most useful entries include a short section called "If you want to do this in your town". Two or three practical sentences, for example on finding partners or securing consent, turn a success story into a tool for others.
# Context: heading
award-h-89f7f6087b47355e = Preparing an entry
# Context: list item in “Preparing an entry”
award-li-d3acad66e878401a = Read the call and its criteria, and check your eligibility first.
# Context: list item in “Preparing an entry”
award-li-0709ac0cc1777a7a = Collect material while your campaign is running, not afterwards:
# Context: list item in “Preparing an entry”
award-li-af068c55db3341d5 = photos and videos, with consent for their use in the entry;
# Context: list item in “Preparing an entry”
award-li-bf15fc48cdd769c4 = press coverage and screenshots of online reactions;
# Context: list item in “Preparing an entry”
award-li-9d21dcea5a68d4c9 = figures on participation and reach;
# Context: list item in “Preparing an entry”
award-li-3a2b17f0eabc12ce = quotes from participants, both newcomers and long-standing residents.
# Context: list item in “Preparing an entry”
award-li-ab30ee6eb9e93a36 = Write the entry as a story: situation, goal, what you did, what changed, what you learned.
# Context: list item in “Preparing an entry”
award-li-4f2a5b8154bab926 = Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
# Context: paragraph in “Preparing an entry”
award-p-8f6e118f51930df5 = Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
# Context: heading
award-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Assess your latest campaign with the criteria table above and note its strongest and weakest points.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Start an "evidence folder" for your next campaign on day one.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Look for current award calls and funding programmes on migration, integration and local communication, for example through [the European Commission's website](https://commission.europa.eu) and through national and European networks of towns.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Use the [campaign plan template](10-resources.md#campaign-template) to make your next campaign easier to document.
