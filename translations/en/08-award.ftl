# handbook/chapters/08-award.md — The European Award for local campaigns
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
award-title-27b65b25927c3d86 = The European Award for local campaigns
# Context: heading
award-h-9cc9c6c499ead4a1 = Why an award
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Many good local campaigns remain unknown outside the town that ran them. An award is a simple way to find them, to thank the people behind them and to share their ideas.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = The first activity of { -clarinet } was a call for the "European Award for local public awareness campaigns on migration and integration". It was linked to the project's first and third objectives: finding good local practice and sharing it across the European Union.
# Context: heading
award-h-975a8a2ec864e893 = How a call works
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = A call for an award of this kind usually has the same stages. The organisers publish the call and its criteria, and applicants send in their entries. The organisers check each entry against the formal conditions, and a jury assesses the eligible ones. The winners are announced in public, and the best entries are shared so that other towns can learn from them.
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
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Typical criteria for a European award for local campaigns
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = The most useful entries include a short section called "If you want to do this in your town". Two or three practical sentences, for example on finding partners or securing consent, turn a success story into a tool for others.
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
