/**
 * @module text/cantonese-words
 * Written Cantonese beyond the function words of dialect.ts: how Hong Kong,
 * Macau and Guangdong learners say "can't", "like", "now", "this one", "next
 * year", "again" and "anything is fine" (唔識, 鍾意, 而家, 呢個, 出年, 搵過,
 * 都得). dialect.ts runs these first, before its own rules (唔 → 不, 冇 → 没有),
 * so the longer Cantonese phrases are read whole. Patterns match either
 * script: they run before the text is simplified.
 */

/**
 * Cantonese phrase → Mandarin, in order. Each is a whole Cantonese word or a
 * word with the context that makes it Cantonese (識 only before a verb, since
 * 知識 and 認識 are Mandarin too).
 */
export const CANTONESE_REWRITES: readonly [RegExp, string][] = [
  // OpenCC simplifies 嗰 ("that") to 𠮶: the control words read simplified text first, so bring it back.
  [/\u{20BB6}/gu, '嗰'],
  // Work and the copula as Cantonese speakers type them in simplified characters (conv-dialect): 做嘢 after a place or a person = 做事 (work;
  // not 用ChatGPT做嘢, 做嘢食), 揾工 / 找工 = 找工作, 喺度 + a verb = 在 (progressive), and 系 = 是 after a pronoun or adverb ("我系耕田嘅",
  // "唔系"; 系统, 系列, 系主任, 系鞋带 untouched; 關係 and 聯係 have 係, read below).
  [/(?<=(喺|在|系|係|我|我哋|佢|佢哋)[^\s，,。!！?？]{0,6})做(嘢|野)(?!食|外|生|餐|营|炊|菜|味)/g, '做事'],
  [/(揾|搵|找)(份|个|個|下)?工(?![作具人厂廠地程资資钱錢友艺藝业業夫])/g, '找$2工作'],
  [/喺度(?=[\p{Script=Han}])/gu, '在'],
  // Suits: 啱唔啱 = 合不合适, 啱 before a person = 适合 (啱啱, "just now", untouched); free time 得闲 = 有空; the filler
  // 即系 = 就是; 搞掂 = 搞定; 返学 = 上学; 揾食 = 谋生.
  [/啱(唔|不)啱/g, '合不合适'],
  [/(?<!啱)啱(?=我|你|佢|他|她|老人|长者|長者|小朋友|细路|細路|初学|初學|新手)/g, '适合'],
  [/(唔|不)得(闲|閒)/g, '没空'],
  [/得(闲|閒)/g, '有空'],
  [/即(系|係)(讲|講|话|話)?/g, '就是'],
  [/搞(掂|惦)/g, '搞定'],
  [/返(紧|緊)?(学|學)/g, '上学'],
  [/(揾|搵)食/g, '谋生'],
  [/(?<=^|[\s，,。!！?？我你佢他她哋们們都唔不就仲还還也又真即都先𠊎厓阮侬儂俺咱])系(?![统統列数數主带帶着著鞋上紧緊好咪])/g, '是'],
  // "Again": 再搵過, 重新睇過, 從頭嚟過 (V + 過 after 再 / 重新 / 從頭 means "do it over").
  [/(从头|從頭|重头|重頭|由头|由頭)(嚟|来|來)(过|過)/g, '从头再来'],
  [/(由头|由頭)(开始|開始|再来|再來|嚟|来|來)/g, '从头开始'],
  // 由頭 is 從頭 ("from the start") in any phrase: 由頭再搵, 由頭睇過, 由頭到尾.
  [/由(头|頭)/g, '从头'],
  // Hong Kong 打工仔 (anyone on a payroll) after the Cantonese copula 係 / 系: an employee, where the mainland's
  // 我是打工仔 is a migrant worker (regional-words rewrites it in traditional text too).
  [/(係|系)(一个|一個|個|个)?打工(仔|妹)/g, '是上班族'],
  // The top one (最頂嗰個, 最頂果個) and the one ranked N (排第三嗰個): ordinals of the list on screen.
  [/最(顶|頂)(头|頭)?(嗰|果|那|呢)?(个|個)/g, '最上面那个'],
  [/排(第[一二三四五六七八九十0-9]+)(嗰|果|那)(个|個)/g, '$1个'],
  // Whom to call: 打去邊度問, 打俾邊個 ("call where / whom to ask") asks for the phone number, not the place.
  [/(可以)?打(电话|電話)?(去|俾|畀|给|給)(边度|邊度|边处|邊處|边个|邊個|边位|邊位)(问|問|查|报名|報名)?/g, '的联系电话'],
  // Where: 喺邊 / 喺边 alone (喺邊度 is in dialect.ts).
  [/(喺|在)(边|邊)(?![度处處个個间間位])/g, '在哪'],
  // At work right now: 返緊工 (the aspect mark 緊 dropped; 返工 is then read as 上班).
  [/返(紧|緊)工/g, '返工'],
  // An age in tens and some (七十幾歲, 六十几岁): 幾 is "and some", as 多 in 七十多岁.
  [/([二三四五六七八九]十)(几|幾)(岁|歲)/g, '$1多$3'],
  [/(再|重新)(搵|揾|找|睇|看|嚟|来|來|問|问|揀|拣)(过|過)/g, '重新$2'],
  // Thanks (唔該晒, 多謝晒) and "forget it" (算數啦, 算啦) before a reset.
  [/(唔该|唔該|多谢|多謝)(晒|曬|哂|你)/g, '谢谢'],
  [/算(數|数)?(啦|喇|囉|罗)(?=[\s，,。!！]|$)/g, '算了'],
  [/算(數|数)(?=[\s，,。!！]|$)/g, '算了'],
  // "Other ones" (第二啲) and "change to" (換過).
  [/第二?(啲|d|D|些)/g, '其他的'],
  // 第個 ("another one", no number): 換第個, 睇第個.
  [/第(个|個)(?![一二三四五六七八九十0-9])/g, '别的'],
  // A phone number asked with 幾號 (電話幾多號, 電話號碼係幾號): the number, not a date.
  [/(电话|電話)(号码|號碼)?(系|係|是)?(几多|幾多|几|幾)(号|號)(码|碼)?/g, '电话是多少'],
  // 頭先 ("just now"): the one talked about a moment ago.
  [/(头先|頭先)/g, '刚才'],
  [/(换|換)(过|過)(?=\p{Script=Han})/gu, '换'],
  // Or between two formats: 線上定線下, 網課定係實體 (定 alone is too common a character to read elsewhere).
  [/(线上|線上|网上|網上|在线|在線|线下|線下|实体|實體|面授|网课|網課)定(係|系)?(?=线上|線上|网上|網上|在线|在線|线下|線下|实体|實體|面授|网课|網課)/g, '$1还是'],
  // Cooking: 煮嘢食 / 整嘢食 (make something to eat).
  [/(煮|整)(嘢|野)食/g, '做菜'],
  // "Doesn't matter / either is fine": 冇所謂, 都得, 點都得, 乜都得.
  [/(冇|無|无)所(謂|谓)/g, '无所谓'],
  [/(点|點|乜|咩)都得/g, '都可以'],
  [/都得(?=[\s，,。!！?？呀啊喇啦囉嘅]|$)/g, '都可以'],
  [/(得唔得|得不得)/g, '行不行'],
  [/(使唔使|使不使)(俾|畀|比)?(钱|錢)?/g, '要不要钱'],
  // Don't know: 唔知 is the whole verb (不知道), as in 唔知讀咩好.
  [/唔知(?!道)/g, '不知道'],
  // Know how to / can't: 唔識用 → 不会用; 識 alone before a verb.
  [/(唔|不)(识|識)(?=[用讲講听聽写寫读讀打玩上做煮睇看弄搞])/g, '不会'],
  [/(?<=^|[\s，,。我你佢他她都仲还還又係系])(识|識)(?=[用讲講听聽写寫读讀打玩上做煮睇看弄搞])/g, '会'],
  // Retired: 退咗休 (退休 is one word split by the aspect mark).
  [/退(咗|左)休/g, '退休了'],
  // Cheaper: 平啲 / 平d (平 is "cheap" in Cantonese).
  [/平(啲|d|D|滴)/g, '便宜点'],
  // Think / like: 諗 → 想, 鍾意 / 中意 → 喜欢.
  [/(谂|諗)/g, '想'],
  [/(钟意|鍾意|中意)/g, '喜欢'],
  // Now, this, that, which: 而家 / 依家, 呢個 / 呢啲 / 呢度, 嗰個 / 嗰啲 / 嗰度, 邊間 (邊個 is in dialect.ts).
  [/(而家|依家)/g, '现在'],
  [/呢(个|個)/g, '这个'],
  [/呢(啲|些)/g, '这些'],
  [/呢(度|處|处)/g, '这里'],
  [/嗰(个|個)/g, '那个'],
  [/嗰(啲|些)/g, '那些'],
  [/嗰(度|處|处)/g, '那里'],
  [/(边间|邊間)/g, '哪家'],
  // Time: 琴日 / 尋日 (yesterday), 聽日 (tomorrow), 出年 (next year), 今個月, 下個禮拜, 禮拜六.
  [/(琴日|寻日|尋日)/g, '昨天'],
  [/(听日|聽日)/g, '明天'],
  [/出年/g, '明年'],
  [/今(个|個)(月|星期|礼拜|禮拜)/g, '这个$2'],
  [/(礼拜|禮拜)(?=[一二三四五六日天])/g, '星期'],
  [/(下个|下個|呢个|呢個|今个|今個)(礼拜|禮拜)/g, '$1星期'],
  // Things and how: 嘢 (things), 學嘢 → 学东西; 點 + verb (how to).
  [/(乜嘢|咩嘢|乜野|咩野)/g, '什么'],
  [/嘢/g, '东西'],
  [/(?<=^|[\s，,。我你佢他她要想係系该該問问知請请个個])(点|點)(?=(报名|報名|报|報|去|学|學|上堂|上课|上課|搵|揾|找|申请|申請|联系|聯絡|联络|教|湊|凑|管|揀|拣|用))/g, '怎么'],
  [/(几|幾)(钱|錢)/g, '多少钱'],
  // A yes-no question: 第一個係咪免費 → 第一个是免费吗, 係咪免費嘅 → 是免费的吗 (the copula kept, so "…的吗" asks).
  [/(系咪|係咪)([^?？。，,!！\s]+)/g, '是$2吗'],
  [/(係唔係|系唔系)/g, '是不是'],
  [/(有冇得|有無得|有没得)/g, '有没有'],
  // conv-trad7: Cantonese grammar words, read wherever they occur, not sentence by sentence.
  // 啱啱 / 啱先 is "just now" (啱啱畢業 = 刚刚毕业); 啱 alone (fits) stays for the 啱唔啱 question.
  [/(啱啱|啱先|岩岩)/g, '刚刚'],
  // The aspect mark 緊 after a verb (讀緊, 返緊工, 湊緊仔, 學緊): "doing now", dropped as 在 is in Mandarin;
  // not 緊急, 緊張, 要緊, 抓緊, 趕緊, 手頭緊 (緊 there is "tight").
  [/(读|讀|做|返|番|学|學|睇|搵|揾|湊|凑|教|住|用|等|谂|諗|上|打|揸|开|開|跟|照顾|照顧|带|帶|凑緊|揾紧|搞|整|玩|练|練|考|养|養|种|種|耕)(紧|緊)(?![急张張密迫贴貼要身缩縮])/g, '$1'],
  // 返 + a kind of job (返全職, 返兼職, 返夜更, 返散工): working that job, as 做 is.
  [/返(全职|全職|兼职|兼職|长工|長工)(工)?/g, '做$1工作'],
  [/返(夜更|早更|晚更|夜班|轮班|輪班|散工)/g, '上$1'],
  // Paging: 下一版 / 下版 / 下一頁 is the next page; 轉去 (睇) before a subject is switching to it.
  [/下(一)?(版|頁)(?!本|权|權|画|畫)/g, '下一页'],
  [/(转|轉)(去|返|过|過)(睇|看)?(?=\p{Script=Han})/gu, '换成'],
  // 唔該 before a request is "please" (唔該轉廣東話, 唔該搵下, 唔該介紹); alone or with 晒 it stays thanks (dialect.ts).
  [/(唔该|唔該)(?=[，,\s]*(转|轉|换|換|搵|揾|找|睇|看|俾|畀|给|給|介绍|介紹|推荐|推薦|推介|再|帮|幫|我想|想|有冇|有没有|有無|查|问|問|报|報|讲|講|列|出))/g, '请'],
  // 轉 + a subject after a pause or "please" is switching to it (唔該轉理財); not 轉行, 轉工, 轉數快, 轉賬, nor passing on
  // what someone asked (转一位群众的咨询, 转个问题, 转达, 转述, 转告, 转交, 转问), nor a shift changed (轉更, 轉班): a forwarded question asks what it asks.
  [/(?<=^|[\s，,。!！?？请請])(转|轉)(?![行岗崗业業账賬数數发發换換让讓化型学學职職工台檯车車介一两兩几幾个個位名条條达達述告问問给給自载載交更班])(?=\p{Script=Han}{2})/gu, '换成'],
  // 揸 is "to drive" before a vehicle (揸車, 揸的士, 揸貨車, 揸電單車): 开.
  [/揸(?=车|車|的士|巴士|货车|貨車|私家车|私家車|电单车|電單車|船|叉车|叉車|吊机|吊機|泥头车|泥頭車)/g, '开'],
]
