### Title, notices, terms and interface strings of the handbook in `bg`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Миграция и интеграция
handbook-subtitle = Наръчник за местните общности
description = Как общините, местните организации и гражданите могат да говорят честно за миграцията и интеграцията: думи, кампании, обучения, медии и изкуство, с примери и образци.
language-name = Български
publisher = Партньорството по проекта CLARINET, водено от Община Лампедуза и Линоза
funding-notice = Този наръчник е изготвен по проекта CLARINET, съфинансиран от фонд „Убежище, миграция и интеграция“ (ФУМИ) на Европейския съюз.
disclaimer = Съдържанието на този наръчник отразява единствено възгледите на авторите и е изцяло тяхна отговорност. Европейската комисия не носи отговорност за начина, по който може да бъде използвана съдържащата се в него информация.
funding-statement = Съфинансирано от Европейския съюз
funding-programme = Фонд „Убежище, миграция и интеграция“ (ФУМИ) на Европейския съюз
partners = Община Лампедуза и Линоза (водещ партньор), Africa e Mediterraneo (секретариат на проекта), BJCEM, Novapolis, Община Констанца, Община Чърномел и останалите партньори по проекта CLARINET
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
       *[indef] търсещ международна закрила
        [def] търсещия международна закрила
        [subj] търсещият международна закрила
        [indef-cap] Търсещ международна закрила
        [subj-cap] Търсещият международна закрила
    }
-asylum-seekers =
    { $case ->
       *[indef] търсещи международна закрила
        [def] търсещите международна закрила
        [indef-cap] Търсещи международна закрила
        [def-cap] Търсещите международна закрила
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
-newcomer =
    { $case ->
       *[indef] новодошъл
        [def] новодошлия
        [subj] новодошлият
        [indef-cap] Новодошъл
        [subj-cap] Новодошлият
    }
-newcomers =
    { $case ->
       *[indef] новодошли
        [def] новодошлите
        [indef-cap] Новодошли
        [def-cap] Новодошлите
    }
-temporary-protection =
    { $case ->
       *[indef] временна закрила
        [def] временната закрила
        [indef-cap] Временна закрила
        [def-cap] Временната закрила
    }
