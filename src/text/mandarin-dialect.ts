/**
 * @module text/mandarin-dialect
 * Function words of the Mandarin dialects and of Wu, Xiang and Gan speakers
 * writing Mandarin, brought to standard Mandarin before anything is matched:
 * the one table for them, as text/cantonese-words is for Cantonese. A
 * Shanghai auntie's "阿拉…有伐", a Shaanxi grandfather's "额是…", a Henan
 * grandmother's "恁给找个…", a Hubei worker's "搞么子", a north-eastern
 * villager's "这疙瘩" and "还有旁的不" then reach the taxonomy, the cues and
 * the control words (more, detail, reset) as the plain Mandarin they mean.
 * Only function words are rewritten, each guarded against the content words
 * that contain it (阿拉伯, 名额, 步伐, 路旁的), so standard text is unchanged.
 * Patterns run on simplified or traditional text after the Cantonese table
 * and the older northern rules of text/dialect (俺, 咱, 啥, 咋).
 */

/** A clause ends here: punctuation, a space or the end of the message. */
const END = '(?=[\\s?？。，,!！~～]|$)'

/**
 * Mandarin-dialect function words → standard Mandarin, applied in order.
 * conv-coll: extend here, one row per word, with the content words it must
 * not touch in its guard.
 */
export const MANDARIN_DIALECT_REWRITES: readonly [RegExp, string][] = [
  // Wu (Shanghai, Suzhou, Ningbo): 阿拉 = 我/我们, 侬 = 你, a clause-final 伐/哇 = 吗 (not 步伐, 采伐, 阿拉伯).
  // 阿拉 before a kin word or home is "my" (阿拉姆妈 = 我妈妈), else "we".
  [/阿拉(?=姆妈|娘|爷|阿爸|阿妈|爸|妈|屋里|老公|老婆|囡|儿子|女儿|孙)/g, '我'],
  [/阿拉(?!伯|善|斯加|丁|木图|尔)/g, '我们'],
  [/侬(?=[\p{Script=Han}])/gu, '你'],
  [new RegExp(`(?<=[\\p{Script=Han}])(?<![步采砍征讨杀北挞])(伐|哇)${END}`, 'gu'), '吗'],
  // North-western (Shaanxi, Gansu, Ningxia): 额/饿/偶 = 我 where a sentence starts with it (名额, 金额 untouched).
  [/(^|[\s，,。!！?？])(额|偶)(?=(们|是|在|想|要|家|屋|今年|也|都|就|出门|老|爹|娘|妈|爸|娃|孙))/g, '$1我'],
  // Minnan and Hakka speakers writing Mandarin: 阮 = 我/我们 where a sentence starts with it (not the surname in 阮老师),
  // 𠊎/厓/偃 = 我 (Hakka), 有无 = 有没有; Jiang-Huai and Wu: 可有 = 有没有 (not 可有可无).
  [/(^|[\s，,。!！?？])(阮|𠊎|厓)(?=(们|是|在|想|要|家|今年|也|都|就|爹|娘|妈|爸|孙))/gu, '$1我'],
  // 阮 before a group said of oneself ('阮這些查某人', '阮几个'): we.
  [/(^|[\s，,。!！?？])阮(?=(这些|这帮|几个|大家|一家))/gu, '$1我们'],
  // 𠊎 is only ever the Hakka "I" (厓 and 阮 above are also other words, so they need the frame).
  [/𠊎/gu, '我'],
  [/有无(?![数穷限论需须])/g, '有没有'],
  [/可有(?!可无)/g, '有没有'],
  // Polite northern openers: 劳驾 / 您受累 / 麻烦您 = 请 (they ask for nothing themselves).
  [/(劳驾|您受累|受累)(您)?/g, '请'],
  // Henan, Shandong, Hebei: 恁 = 你/您 ("恁给找个"), 俺家/咱家 already → 我家 upstream.
  [/恁们/g, '你们'],
  [/恁(?!地|般|么|大|多|的)/g, '你'],
  // Hubei, Hunan, Jiangxi: 么子/么得 = 什么/没有, 么样 = 怎么样, 冇得 handled by the Cantonese 冇.
  [/(?<![什怎那这多要])么子/g, '什么'],
  [/(?<![什怎那这多要])么样/g, '怎么样'],
  [/(有|还有|就)么得/g, '$1没有'],
  // South-western: 莫得/么得 = 没有 ("有莫得" = 有没有), 啷个/啷门 = 怎么, 哪块/哪哈 = 哪里.
  [/有莫得/g, '有没有'],
  [/莫得/g, '没有'],
  [/啷(个|门|么)/g, '怎么'],
  [/哪(块|哈|旮|嘎)(儿|达|子)?/g, '哪里'],
  // Voice input picks a same-sounding word for the phone and the computer: 收集/首机/手鸡 (shouji), 点脑/店脑 (diannao),
  // read back where a device is meant ("在收集上学", "收集怎么用"; 收集资料 untouched).
  [/(首机|首级|手鸡|收集|收机|手击)(?=上|里|咋|怎么|用|视频|支付|付款|挂号|扫码)/g, '手机'],
  [/(点脑|店脑|电恼)/g, '电脑'],
  // South-western (conv-coll, round 5). 头 after a place is 里 ("在厂头上班", "城头工地", "学校头"), 乡头 is 乡下
  // (not 码头, 街头, 山头, 头发): a factory worker or a village teacher is then heard.
  [/乡头(?![发像盔部脑])/g, '乡下'],
  [/(厂|城|镇|村|单位|公司|学校|社区|县|店)头(?![发像盔部脑儿])/g, '$1里'],
  // 上头/里头 after a device is where one learns ("手机上头学的" = 手机上学的), 下头 before "more" is 下面 ("下头还有没").
  [/(手机|电脑|网|网络|平板|微信|电视)(上|里)头/g, '$1$2'],
  [/(下|后)(头|边)(?=还|有没有|有吗|的呢|呢)/g, '$1面'],
  // 做活路/干活路 = 干活 (work), 找活路 = 找工作.
  [/(做|干)活路/g, '干活'],
  [/找(到|个|点)?活路/g, '找$1工作'],
  // 哪点(儿) = 哪里 ("在哪点", "哪点报", "哪点有"); 好久 before a start or a class = 什么时候 ("好久开始"; 好久没学 untouched).
  [/(在|去|到|住|从)哪点(儿)?/g, '$1哪里'],
  [/哪点(儿)?(?=有|报|学|上课|能|可以|呢)/g, '哪里'],
  [/(?<![了很等挺好])(是)?好久(?=开始|开课|上课|报名|截止|结束|开班|能报|能学|考试|[\s?？。，,!！]|$)/g, '什么时候'],
  // 要得 = 行 ("要得不", "线上线下都要得"; 要得到, 要得很多 untouched), 要不要得 = 行不行; 巴适/安逸 = 好.
  [/要不要得/g, '行不行'],
  [/(?<![需想一只非])要得(?![到了多很太着起住])/g, '行'],
  [/(巴适|安逸)(得很|惨了|得板)?/g, '好'],
  // 说一哈 / 讲下子 / 看一哈儿 = 说一下 (the 哈 is not the chat particle here).
  [/(说|讲|看|问|介绍|查|找|帮|等|摆)(一)?(下子|哈(?=儿|[\s，,。!！?？]|$|嘛|呢|吧|啊|嘞))(儿)?/g, '$1一下'],
  // Any verb + 一哈(儿) is + 一下 ("耍一哈电脑", "学一哈"); 老汉儿 (one's father or old man) is
  // 老汉, the person word it was read as before (its 儿 left a stray need, "儿想");
  // V得到(名/课)不 is "can I V?" ("报得到名不", "我学得到不"; 学得到很多 untouched: only at the end of a clause).
  [/(?<=[\p{Script=Han}])一哈(儿)?/gu, '一下'],
  [/老汉儿/g, '老汉'],
  [new RegExp(`(报|学|上|考|参加|去|买|用|听|读)得到(名|课)?(不|吗|没有|没|哇|伐|吧|嘛)?${END}`, 'g'), '能$1$2吗'],
  // Children and grandchildren: 孙娃(子/儿) = 孙子, 娃子 = 孩子, 幺儿 = 孩子 (娃娃 is kept: also a doll).
  [/孙娃(子|儿)?/g, '孙子'],
  [/小娃(娃|儿|子)?/g, '孩子'],
  [/(?<!娃)娃子/g, '孩子'],
  [/幺儿/g, '孩子'],
  // 遭骗 = 被骗, 莫 before it = 不要 ("莫遭人骗了"); 耍手机 = 玩手机; 孃孃/嬢嬢 = 阿姨.
  [/遭(?=骗|坑|人骗|人坑)/g, '被'],
  [/莫(?=遭|被|上当|乱)/g, '不要'],
  [/耍(?=(一下)?(手机|电脑|微信|抖音|平板))/g, '玩'],
  [/(孃孃|嬢嬢)/g, '阿姨'],
  // "第一个找哪个": whom to ask is 谁 after a pointer (not "选哪个").
  [new RegExp(`(个|的|那)(找|问|联系)哪个${END}`, 'g'), '$1$2谁'],
  // Beijing and Tianjin: 甭 = 不用 ("甭花钱的"), 倍儿 = 很, 您呐 = 您, 介个/介儿 = 这个/这儿 (介绍 untouched),
  // 嘛 = 什么 inside a clause ("有嘛课", "学嘛好", "嘛时候"; a clause-final 嘛 is the chat particle), 老家儿 = 父母.
  [/甭(?=[\p{Script=Han}])/gu, '不用'],
  [/倍儿/g, '很'],
  [/您呐/g, '您'],
  [/介(?=个|些|儿)/g, '这'],
  [/嘛(?=时候|地方|样|玩意|东西|事儿)/g, '什么'],
  [/(有|学|干|做|整|弄|搞|报|看|能学)嘛(?=课|班|项目|好|呢|能|可以|适合|合适|技术|手艺)/g, '$1什么'],
  [/老家儿/g, '父母'],
  // Shandong, Hebei: 管不管 = 行不行.
  [/管不管/g, '行不行'],
  // Central Plains and northern 中 = 行 after 都 ("网上当面都中", "啥样的都中").
  [/(?<![首成京古])都中(?=[的了吧啊呀]|[\s，,。!！?？]|$)/g, '都行'],
  // Wu (Shanghai): 哪能 = 怎么 ("哪能报名"; after 在/去/到 it is Mandarin "where can", 在哪能找人), 辰光 = 时候, 勿 = 不 ("勿要钞票"), 钞票 = 钱, 搿个/迭个 = 这个,
  // 搿搭/迭搭 = 这里, 屋里厢 = 家里, 物事 = 东西, 交关 = 很.
  [/(?<![在去到从上])哪能(?=报|学|弄|去|上|办|联系|找|参加|样)/g, '怎么'],
  [/辰光/g, '时候'],
  [/勿(?=要|用|收|花|会|晓得|知道|来|好|是|灵)/g, '不'],
  [/钞票/g, '钱'],
  [/(搿|迭)(个|只)/g, '这个'],
  [/(搿|迭)搭/g, '这里'],
  [/屋里厢/g, '家里'],
  [/(什么)?物事/g, '什么'],
  [/交关/g, '很'],
  // Wu, more (conv-dialect): 姆妈 = 妈妈, 小囡/囡囡 = 孩子, 覅 = 不要 ("覅钞票"), 今朝 = 今天, 做生活 = 干活, 伊 = 他/她
  // where a clause starts with it and a verb follows ("伊想学电脑"; 伊斯兰, 伊朗 untouched).
  [/(?<=我|我们|阮|你|他|她)(姆妈|阿妈)/g, '妈妈'],
  [/姆妈/g, '妈妈'],
  [/爷娘/g, '父母'],
  [/几钿|几化钞票/g, '多少钱'],
  [/小囡(囡)?|囡囡/g, '孩子'],
  [/覅/g, '不要'],
  [/今朝(?!有酒)/g, '今天'],
  [/做生活/g, '干活'],
  [/(^|[\s，,。!！?？])伊(?=想|要|是|在|今年|也|都|不|会|说|讲|还|刚|已经|家|屋里|[一二三四五六七八九]十)/g, '$1他'],
  // Hubei, Hunan, Jiangxi: 伢/伢儿/伢子 = 孩子 (孙伢子 = 孙子), 堂客 = 老婆 after "my" and 妇女 otherwise, 老倌(子) = 老头子;
  // Shaanxi 碎娃 = 小孩, 嫽 = 好.
  [/孙伢(子|儿|崽)?/g, '孙子'],
  [/(细|小)?伢(儿|子|崽|仔)?/g, '孩子'],
  [/(?<=我|他|你|俺)(的)?堂客/g, '老婆'],
  [/堂客(们)?/g, '妇女'],
  [/老倌(子)?/g, '老头子'],
  [/碎娃/g, '小孩'],
  [/嫽(扎了|得很)?/g, '好'],
  // South-western, Hunan and Hubei 咯/喽/啰 after an age or 老 is 了 ("六十九咯", "老咯"): the cues of age read 了.
  [/(?<=[一二三四五六七八九十百两\d]|岁|老|大)(咯|喽|啰|嘍|囉)/gu, '了'],
  // Yunnan and Guizhou yes-no questions: 咯 before a verb asks it ("浙江咯有" = 有没有, "咯能报" = 能不能报, "咯是" = 是不是);
  // 克 = 去 where going is meant ("要克现场上", "卖出克", "回克"; 克服, 巧克力, 千克 untouched).
  [/咯+(有|能|会|是|要|行|可以)(?![不没])/g, '$1不$1'],
  [/有不有/g, '有没有'],
  [/(?<=[要想得没不能])克(?=现场|教室|学校|上课|上|学|听|报|那|哪|城里|县里|镇上|村里)/g, '去'],
  [new RegExp(`(?<=[出回进过])克${END}`, 'g'), '去'],
  // Xinjiang Mandarin: 巴郎(子) = 男孩 (儿子 after "my"), 丫头子 = 闺女, 攒劲 = 好; north-western 得是 = 是不是 opening a
  // question ("得是有", "得是能学"); Hefei and Jiang-Huai 可是 + 有/能 at a clause end = 有没有/能不能 (可是 "but" untouched).
  [/(?<=我|俺|我家|俺家|他家|她家)巴郎(子)?/g, '儿子'],
  [/巴郎(子)?/g, '男孩'],
  [/丫头子/g, '闺女'],
  [/攒劲/g, '好'],
  [/得是(?=有|能|要|可以|会|免费)/g, '是不是'],
  [new RegExp(`可是有${END}`, 'g'), '有没有'],
  [new RegExp(`可是能(学|报|上)${END}`, 'g'), '能不能$1'],
  // Clocking in before going to work is just going to work ("在厂里打卡上班" = 在厂里上班).
  [/打卡(?=上班|上工|干活)/g, ''],
  // Shanxi, Inner Mongolia, Shaanxi and Hebei: 甚 = 什么 ("有甚课", "学点甚好", "甚时候开课"; 甚至, 甚少, 甚好 as "very good"
  // after a noun untouched: only after a verb or a measure word, or before a time or a thing).
  [/甚(?=时候|地方|东西|样|课|班|项目|技术|手艺|事)/g, '什么'],
  [/(?<=[有学干做整弄搞报看要点些个是])甚(?![至为少多大远高广微而于佳感矣])/g, '什么'],
  // Suzhou and other Wu yes-no questions at the start of a clause: 阿有 = 有没有, 阿要 = 要不要, 阿是 = 是不是 (阿是穴
  // untouched); south-western 老辈子 = 老人家.
  [/(^|[\s，,。!！?？你他她还也])阿有/g, '$1有没有'],
  [/(^|[\s，,。!！?？你他她还也])阿要/g, '$1要不要'],
  [/(^|[\s，,。!！?？你他她还也])阿是(?!穴)/g, '$1是不是'],
  [/老辈子/g, '老人家'],
  // North-eastern: 整 a certificate = 考 ("想整个电工证"; 整理证件 untouched), 整点手艺 = 学点手艺, 杠杠的 = 很好, 唠嗑 = 聊天.
  [/整(?!理|顿|修|合|编|改|清|体|齐|治|形|容|套|天|年|月|夜)(个|张|本)?(?=[^\s，,。!！?？]{0,4}证(?!明))/g, '考$1'],
  [/整(点|个|门|一门)(?=手艺|技术|本事|技能)/g, '学$1'],
  [/杠杠(的|滴)/g, '很好'],
  [/唠嗑/g, '聊天'],
  // Hokkien: 敢有 = 有没有 opening a question, a clause-final 会使(无) = 可以吗, 袂晓 = 不会, 会晓 = 会, 阁有 = 还有;
  // Hakka: 么个 = 什么, 毋使/毋用 = 不用 ("毋使钱" is free), 毋系 = 不是.
  [/(^|[\s，,。!！?？])敢有/g, '$1有没有'],
  [new RegExp(`会使(无|無|袂)?${END}`, 'g'), '可以吗'],
  [/(袂|𣍐)晓/gu, '不会'],
  [/会晓/g, '会'],
  [/(?<![内楼亭组倒出闺入台])阁(?=有)/g, '还'],
  [/(?<![什怎那这多要])么个(?!性)/g, '什么'],
  [/毋(使|用)/g, '不用'],
  [/毋(系|係)/g, '不是'],
  // North-eastern 贼 = 很 before a wish or a quality ("贼想学", "贼便宜"; 防贼, 小贼, 盗贼 untouched); Henan and Shandong
  // 妮儿/妮子 = 闺女 (a daughter).
  [/(?<![防捉抓做当小盗窃奸国乌山海马])贼(?=想|好|多|便宜|贵|难|简单|快|慢|喜欢|爱|远|近|方便|实用|有用|适合|感兴趣|愿意)/g, '很'],
  [/妮(儿|子)/g, '闺女'],
  // Hokkien (Minnan) and Hakka speakers writing Mandarin: 阮 before kin = 我, 查某囝 = 女儿, 查某 = 女人, 查埔 = 男人,
  // 囝仔/囡仔 = 孩子, 厝边 = 邻居, 作穑/做穑/作田 = 种地, 讨海 = 打鱼, 头家 = 老板.
  [/阮(?=查某|囝|囡仔|厝边|尪|某)/g, '我'],
  [/查某囝(仔)?/g, '女儿'],
  [/查某(人)?/g, '女人'],
  [/查埔(人)?/g, '男人'],
  [/囝仔|囡仔|(?<![\p{Script=Han}])囝|(?<=[我你他她的])囝/gu, '孩子'],
  [/厝边(头尾)?/g, '邻居'],
  [/(作|做)穑|作田/g, '种地'],
  [/讨海/g, '打鱼'],
  // Hokkien 一寡 = 一些 ("a few", 阮想欲學一寡物件), and 物件 = 东西 after learning or a measure of it (學物件, 一寡物件).
  [/一寡(仔)?|(?<=[学學看讲講])寡(?=物件|东西|東西)/g, '一些'],
  [/(?<=[学學些点點])物件/g, '东西'],
  [/头家(?!庄|村)/g, '老板'],
  // Voice input: hesitation fillers ("嗯那个", "那个那个就是", "呃", "就是说") carry nothing; a doubled 的 is a slip
  // (的的确确 untouched). A single "那个" is kept: it may point at a project.
  [/(^|[\s，,。])(?:嗯+|呃+)(?:那个|这个)?(?:\s*就是(?:说)?)?(?=[\s，,]|我|$)/g, '$1'],
  [/(那个|这个)(\s*(那个|这个))+(\s*就是(说)?)?/g, ' '],
  [/(^|[\s，,])(那个|这个)\s*就是(说)?(?!的)/g, '$1'],
  [/(^|[\s，,])就是说(?=[\s，,])/g, '$1'],
  [/的{2,}(?!确)/g, '的'],
  // North-eastern: 这疙瘩/这嘎达/这旮旯 = 这里, 嘎哈/干哈 = 干什么, 咋整 stays 怎么办 for a question.
  [/(这|那|哪)(疙瘩|嘎达|旮旯|圪塔|嘎哒|噶达)/g, '$1里'],
  [/(嘎哈|干哈|弄啥|闹啥)/g, '干什么'],
  [/(怎么|咋)整(?=[\s?？。，,!！]|$|啊|呀|呢)/g, '怎么办'],
  // An old word for a teacher: 教书先生 / 教书匠 = 老师 ("教书先生的培训").
  [/教书(先生|匠)/g, '老师'],
  // A factory as workers call it: 厂子(里) = 厂里 ("在厂子上班").
  [/厂子(里)?/g, '厂里'],
  // Asking for more, the northern way: 一拨(儿) = 一批, 往下翻/往后翻 = 继续往下看, a let-down "就这些啊" = 还有吗.
  [/(一|这|那)拨(儿)?/g, '$1批'],
  [/(再|接着|继续)?(往下|往后)翻(翻)?/g, '继续往下看'],
  [new RegExp(`^(就|只有|才)(这些|这几个|这么几个|这么点)(啊|呀|吗|么|呢)?${END}`, 'g'), '还有吗'],
  // Starting over, the northern way: 从头整 / 重新弄 / 重头搞 = 从头来 (not 重新整理).
  [/(从头|重新|重头)(整|弄|搞)(?!理|顿|修|合|编|改|清)/g, '$1来'],
  // A start-over softened with 一下 / 一哈 ("重来一哈", "重新找一下") is still a start-over.
  [new RegExp(`(重来|重新来|从头来|重新找|重新搞)一下${END}`, 'g'), '$1'],
  // Free, as people say it: 白给/白送的 = 免费的, the state or the collective paying = 免费, not a copper coin = 不花钱.
  [/白给(的)?/g, '免费$1'],
  [/(公家|政府|国家|村里|单位)(出钱|掏钱|买单|包了|全包|给钱)/g, '免费'],
  [/不(花|要|收)一个(子儿|子|铜板|钢镚儿?)/g, '不$1钱'],
  // "还有啊，…" opening a clause that goes on is "also", not "any more?" ("还有啊 我耳朵听不见").
  [/(^|[\s，,。])还有(啊|呀|哦|嘛|就是)[\s，,]+(?=[^\s，,。!！?？])/g, '$1另外 '],
  // Everywhere: 旁的 = 别的 (not 路旁的, 身旁的), 晓得 = 知道, 几时候 = 什么时候, 木有/么有 = 没有.
  [/(?<![路身两一河边近桥床门窗道街墙])旁的/g, '别的'],
  [/晓不晓得/g, '知不知道'],
  [/晓得/g, '知道'],
  [/(几时候|幾時候)/g, '什么时候'],
  [/(木有|(?<![什怎那这多])么有|冒得)/g, '没有'],
  // "去哪儿/上哪儿 …": 上哪 = 去哪 (where to go to enrol or study), 搁哪 = 在哪.
  [/上哪(儿|里|块)?(?=[\p{Script=Han}]|$)/gu, '去哪里'],
  [/搁哪(儿|里)?/g, '在哪里'],
  // The northern locative 搁/擱 = 在 before a place ("搁手机上学", "搁家看视频", "搁村部听课"): a preposition, one of
  // the closed class of "at" words, so the place after it reads as in Mandarin. The verb "put" keeps it (耽搁, 搁置,
  // 搁浅, 搁下, 搁着, 搁不下).
  [/(?<![耽延停担])[搁擱](?![置浅淺笔筆下着著不了进進去])(?=\p{Script=Han})/gu, '在'],
  // A clause-final 不/没/没有 after a request is the question 吗 ("有合适的不", "还有不", "有免费的没").
  [new RegExp(`(的|了)中不${END}`, 'g'), '$1行吗'],
  [/什么玩意(儿)?/g, '什么'],
  [new RegExp(`(有|有的|的|行|能学|能报|能上|可以|合适)(不|没)${END}`, 'g'), '$1吗'],
  // 老师 heard as 老是 ("always") after a school: "村里小学的老是".
  [/(小学|中学|学校|幼儿园|村小|乡村|山区|农村|当)(的)?老是(?=[\s，,。!！?？]|$|想|要|的(?:培训|课|进修|研修|班))/g, '$1$2老师'],
  // Chat slang of young workers and of anyone copying it (round 6): 肿么/肿莫 = 怎么, 神马 = 什么, 酱紫 = 这样,
  // 灰常 = 非常, 米有 = 没有, 老湿 = 老师 (not 风湿), 伦家 = 人家, a clause-final 滴 = 的 ("免费滴", not 点滴, 一滴).
  [/肿(么|莫|摩)/g, '怎么'],
  [/神马/g, '什么'],
  [/酱紫/g, '这样'],
  [/灰常/g, '非常'],
  [/(有|还有)?米有/g, '$1没有'],
  [/(?<![风])老湿(?![气疹寒热])/g, '老师'],
  [/伦家/g, '人家'],
  // Pinyin initials typed for a function word beside Chinese ("ymy适合俺学的", "zm报名", "学sm好"): ymy = 有没有,
  // zm = 怎么, sm = 什么; only touching a Chinese character and no other Latin letter, so English and names are untouched.
  [/(?<![a-z])ymy(?![a-z])(?=\p{Script=Han})|(?<=\p{Script=Han})ymy(?![a-z])/giu, '有没有'],
  // (Typed in lower case: "SM公司" is a name.)
  [/(?<![a-zA-Z])zm(?![a-zA-Z])(?=\p{Script=Han})|(?<=\p{Script=Han})zm(?![a-zA-Z])/gu, '怎么'],
  [/(?<=\p{Script=Han})sm(?=好|呢|吗|啊|课|班|的|[\s，,。!！?？]|$)/gu, '什么'],
  [/(?<=[\p{Script=Han}])(?<![点水一几雨血泪露])滴(?=课|班|项目|吗|呀|啊|哈|[\s，,。!！?？]|$)/gu, '的'],
  // Last, once every function word above is Mandarin: a thing put before "how to" in speech ("电咋用安全", "羊咋养",
  // "AI咋用", "孩子咋管") goes back after its verb (怎么用电安全, 怎么养羊), so the verb and its object segment and read
  // as in Mandarin (用电, 养羊). The object is one to four characters opening the clause or after a wish, a request,
  // 那/换 or 教 (no pronoun, no 有/没/的 inside it); the verbs are the closed class that take an object, ending the clause
  // or before a verdict (安全, 好, 才…): 怎么教育 is no 教. One who teaches or works (老师, 师傅, 学生) before 怎么 does
  // it ("当老师咋教得更好"): no object, kept. Either script.
  [/(?<=^|[\s，,。!！?？]|想学|想學|学学|學學|想|要|那|换|換|换成|換成|有没有|有沒有|整点|整點|学点|學點|问问|問問|问一下|問一下|教|教教)((?:(?![有没沒想学學要点點那的个個了是在我你他她们們这這就换換教给給跟和把被当當])[\p{Script=Han}A-Za-z]){1,4})(?<![师師员員长長匠傅生])(怎么|怎麼)(用|学|學|种|種|养|養|弄|做|管|带|帶|教|修|开|開|装|裝|说|說|写|寫|画|畫|唱|卖|賣|拍|存|理|防|治|玩|练|練|考)(?=$|[^\p{Script=Han}]|才|好|的|呢|吗|嗎|啊|呀|了|安全|合适|合適|划算|劃算|省|方便|最|比较|比較|更|得)/gu, '$2$3$1'],
]
