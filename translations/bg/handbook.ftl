### Title, notices, terms and interface strings of the handbook in `bg`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Миграция и интеграция
handbook-subtitle = Наръчник за местните общности
description = Как общините, местните организации и гражданите могат да говорят честно за миграцията и интеграцията: думи, кампании, обучения, медии и изкуство, с примери и образци.
language-name = Български
publisher = Партньорството по проекта CLARINET, водено от Община Лампедуза и Линоза
funding-notice = Този наръчник е изготвен по проекта CLARINET, съфинансиран от Европейския съюз.
disclaimer = Съфинансирано от Европейския съюз. Изразените възгледи и мнения обаче принадлежат изцяло на автора(ите) и не отразяват непременно възгледите и мненията на Европейския съюз или на Европейската комисия. Нито Европейският съюз, нито Европейската комисия могат да бъдат държани отговорни за тях.
alert-important = Добра практика
-clarinet = CLARINET
-project-site = www.clarinetproject.eu
-migrant =
    { $case ->
       *[indef] мигрант
        [def] мигранта
        [subj] мигрантът
        [indef-cap] Мигрант
        [subj-cap] Мигрантът
    }
-migrants =
    { $case ->
       *[indef] мигранти
        [def] мигрантите
        [indef-cap] Мигранти
        [def-cap] Мигрантите
    }
-refugee =
    { $case ->
       *[indef] бежанец
        [def] бежанеца
        [subj] бежанецът
        [indef-cap] Бежанец
        [subj-cap] Бежанецът
    }
-refugees =
    { $case ->
       *[indef] бежанци
        [def] бежанците
        [indef-cap] Бежанци
        [def-cap] Бежанците
    }
-asylum-seeker =
    { $case ->
       *[indef] търсещ убежище
        [def] търсещия убежище
        [subj] търсещият убежище
        [indef-cap] Търсещ убежище
        [subj-cap] Търсещият убежище
    }
-asylum-seekers =
    { $case ->
       *[indef] търсещи убежище
        [def] търсещите убежище
        [indef-cap] Търсещи убежище
        [def-cap] Търсещите убежище
    }
-integration =
    { $case ->
       *[indef] интеграция
        [def] интеграцията
        [indef-cap] Интеграция
        [def-cap] Интеграцията
    }
-local-community =
    { $case ->
       *[indef] местна общност
        [def] местната общност
        [indef-cap] Местна общност
        [def-cap] Местната общност
    }
-local-communities =
    { $case ->
       *[indef] местни общности
        [def] местните общности
        [indef-cap] Местни общности
        [def-cap] Местните общности
    }
-hate-speech =
    { $case ->
       *[indef] език на омразата
        [def] езика на омразата
        [subj] езикът на омразата
        [indef-cap] Език на омразата
        [subj-cap] Езикът на омразата
    }
