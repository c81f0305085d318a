# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Европейската награда за местни кампании
# Context: heading
award-h-9cc9c6c499ead4a1 = Защо награда
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Много добри местни кампании остават непознати извън града, в който са проведени. Наградата е лесен начин да бъдат открити, да се благодари на хората зад тях и да се споделят техните идеи.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = Първата дейност на { -clarinet } беше покана за участие в „Европейската награда за местни кампании за обществена осведоменост относно миграцията и интеграцията“. Тя беше свързана с първата и третата цел на проекта: да се открият добри местни практики и да се споделят в целия Европейски съюз.
# Context: heading
award-h-975a8a2ec864e893 = Как работи една покана за участие
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Поканата за участие в подобна награда обикновено преминава през едни и същи етапи. Организаторите публикуват поканата и критериите, а кандидатите изпращат своите кандидатури. Организаторите проверяват дали всяка кандидатура отговаря на формалните условия, а жури оценява допустимите. Победителите се обявяват публично, а най-добрите кандидатури се споделят, за да могат и други градове да се поучат от тях.
# Context: heading
award-h-71708699acf8f3b3 = Критерии
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = За европейска награда за местни кампании за миграцията и интеграцията типични са следните критерии. Можете да ги използвате и за да оцените собствената си кампания.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Критерий
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = Въпросът, който задава журито
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Значимост
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Отговаря ли кампанията на реална местна нужда или ситуация?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Яснота на целите
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Знаеше ли кампанията какво иска да промени и за кого?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Участие
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Бяха ли включени новодошлите и жителите в разработването и провеждането ѝ?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Качество на посланието
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Беше ли посланието точно, уважително, местно и запомнящо се?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Креативност
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Намери ли кампанията нов начин да достигне до аудиторията си?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Партньорство
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Събра ли тя заедно различни местни участници?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Резултати
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Има ли доказателства за обхват и промяна, представени честно?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Приложимост другаде
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Може ли друг град да се поучи от нея и да я адаптира?
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Типични критерии за европейска награда за местни кампании
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Най-полезните кандидатури съдържат кратък раздел „Ако искате да направите това във вашия град“. Две-три практически изречения, например за намирането на партньори или за получаването на съгласие, превръщат историята на успеха в инструмент за другите.
# Context: heading
award-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Оценете последната си кампания с помощта на таблицата с критериите по-горе и отбележете най-силните и най-слабите ѝ страни.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Започнете „папка с доказателства“ за следващата си кампания още от първия ден.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Търсете актуални покани за награди и програми за финансиране в областта на миграцията, интеграцията и местната комуникация, например на [уебсайта на Европейската комисия](https://commission.europa.eu) и чрез национални и европейски мрежи от градове.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Използвайте [образеца на план за кампания](10-resources.md#campaign-template), за да документирате по-лесно следващата си кампания.
