/**
 * @module query/occupations
 * Jobs and roles as people name their own work, mapped to the audience a
 * course for them would be written for: a security guard, a cleaner, a
 * courier or a site worker is a migrant worker; an accountant, a clerk or a
 * nurse is an employee; a grid worker or a village cadre is a community
 * worker. Only read inside a frame that says the learner IS that person
 * (query/person-frames: "我是保安", "在一家企业做会计", "干保洁的"), never as a
 * bare word, so "想学会计" and "想当月嫂" stay subjects to learn.
 */

/**
 * Job words per audience id, written from how workers name their own jobs on
 * the mainland, in villages and in Taiwan and Hong Kong (after conversion to
 * simplified mainland wording). Longer words win where one contains another.
 */
export const OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  'migrant-workers': [
    '农民工', '民工', '外来工', '打工妹', '打工仔', '小工', '杂工', '普工', '临时工', '零工', '散工', '短工',
    '保安', '保安员', '门卫', '保洁', '保洁员', '保洁工', '清洁工', '环卫工', '环卫工人', '扫大街的',
    '快递员', '快递小哥', '快递', '外卖员', '外卖骑手', '外卖小哥', '骑手', '送餐员', '配送员', '跑腿',
    '建筑工', '建筑工人', '钢筋工', '瓦工', '泥瓦工', '泥水工', '木工', '架子工', '混凝土工', '焊工', '电焊工', '油漆工',
    '装修工', '装修工人', '搬运工', '装卸工', '搬家工人', '力工', '小工头',
    '月嫂', '保姆', '育儿嫂', '家政', '家政工', '家政员', '钟点工', '护工',
    '服务员', '传菜员', '洗碗工', '厨工', '帮厨', '打荷', '后厨',
    '流水线工人', '流水线', '车间工人', '厂工', '厂妹', '工厂工人', '操作工', '包装工', '质检员',
    '网约车司机', '货车司机', '大车司机', '拉货的', '跑运输的', '代驾',
  ],
  employees: [
    '会计', '出纳', '文员', '职员', '白领', '上班族', '程序员', '工程师', '技术员', '设计师', '销售', '业务员',
    '客服', '人事', '行政', '前台', '财务', '公务员', '护士', '医生', '药剂师', '营业员', '收银员', '柜员',
    '经理', '主管', '助理', '秘书', '编辑', '记者', '律师', '审计', '统计员', '办事员', '科员',
    '公司员工', '企业员工', '银行职员', '国企员工', '事业编', '打工人', '社畜',
    // Shop and counter staff by their own job names (a supermarket clerk, a sales guide, a store manager).
    '荷官', '店员', '导购', '导购员', '售货员', '理货员', '店长', '促销员', '话务员', '接线员', '国企职工', '央企员工',
    // Employment said by its status, not its job (conv-people7): a regular or contract hand with a place on the books.
    '正式工', '正式员工', '正式职工', '合同工', '合同制员工', '在编人员', '编内人员', '在编职工', '固定工',
    // Who runs a shift or a workshop floor: on the books of the works, not hired by the day.
    '班组长', '车间主任', '工段长', '领班', '值班长',
    // Being hired said plainly, whatever the job (Hong Kong 僱員 and 打工仔 arrive as 雇员 and 上班族).
    '雇员', '受雇员工', '员工', '职工', '在职员工', '在职职工', '上班的', '工薪族', '工薪阶层', '上班一族', '打工一族', '受薪人士', '坐办公室的',
  ],
  'community-workers': [
    '社工', '社会工作者', '社区工作者', '网格员', '村干部', '村官', '大学生村官', '居委会主任', '村支书', '村主任',
    '楼长', '社区干部', '社区书记', '街道干部', '社区干事', '驻村干部', '第一书记', '村委委员', '党支部书记', '支部书记', '村书记',
    '村会计', '村文书', '妇女主任', '里干事', '社区专干', '社区医生',
  ],
  veterans: ['老兵', '退伍兵', '退伍军人', '复员军人', '转业军人', '退役士兵', '退役军人', '军转干部'],
  farmers: ['种植户', '养殖户', '果农', '菜农', '茶农', '棉农', '粮农', '农户', '渔民', '牧民', '农民', '庄稼人', '种粮大户', '庄户人', '庄户人家', '庄稼汉', '农家人',
    '种田人', '种地人', '养殖大户', '农场主'],
  // (A woman worker, 女工, is read as a woman: the word says so outright, whatever her job.)
  women: ['宝妈', '全职妈妈', '家庭主妇', '全职太太', '女同志', '妇女', '女性', '女士', '女工', '下岗女工', '女职工', '妇女同志', '女同胞'],
  'rural-teachers': ['特岗教师', '特岗老师', '支教老师', '民办老师', '民办教师', '乡村教师', '村小老师', '代课老师'],
}

/** Places of office and service work: "在一家企业做会计", "在银行上班" say an employee. */
export const WORKPLACES: readonly string[] = [
  '公司', '单位', '企业', '银行', '医院', '机关', '国企', '央企', '外企', '私企', '事业单位', '写字楼', '办公室',
  '酒店', '商场', '超市', '门店', '工作室', '律所', '事务所', '赌场', '娱乐场', '研究所', '政府', '税务局', '派出所', '卫生院',
  // Trades' premises where staff are hired (a car dealer, a 4S shop, a property company).
  '车行', '4s店', '物业', '集团', '厂办',
]

/** Words naming a child, for frames about a learner's children and their age or school. */
export const KIDS: readonly string[] = [
  '孩子', '小孩', '小孩子', '小孩儿', '小朋友', '宝宝', '娃', '娃娃', '娃儿', '儿子', '女儿', '闺女', '小子', '丫头',
  // One's children together (子女, 儿女; Cantonese 仔女 is read 子女).
  '子女', '儿女',
  '孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '外甥', '外甥女', '学生',
  // Younger relatives asked for by an older one ("我弟弟今年十六岁，帮他问问").
  '弟弟', '妹妹', '表弟', '表妹', '堂弟', '堂妹', '小弟', '小妹',
  // Regional words for a child (Hubei and Hunan 伢, 伢子; 姪 of Taiwan and Hong Kong).
  '伢', '伢子', '伢儿', '细伢子', '姪子', '姪女',
]

/**
 * Words that only ever name a person, a relative or the speaker's body: never
 * something to learn, so never a need word ("老丈人快八十了" has no subject).
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  '老丈人', '丈人', '丈母娘', '岳父', '岳母', '公公', '婆婆', '爷爷', '奶奶', '姥姥', '姥爷', '外公', '外婆', '老爷子', '老太太',
  '老伴儿', '老两口', '家父', '家母', '家严', '家慈', '老父', '老母', '老头儿', '老太婆', '老家伙', '老姐妹', '老哥们', '女人家', '娘们', '娘们儿', '宝爸', '宝妈', '孩子他爸', '孩子他妈',
  '爸爸', '妈妈', '老爸', '老妈', '父亲', '母亲', '弟弟', '妹妹', '哥哥', '姐姐', '儿媳', '儿媳妇', '女婿', '侄子', '侄女', '外甥', '外甥女',
  '耳朵', '眼睛', '腿', '腿脚', '胳膊', '身子骨', '下肢', '上肢',
  // Kin and companions in other regions' words (Wu 姆妈, Cantonese 细佬 家姐 老豆, Taiwan 阿嬷 姪女) and the people one asks for.
  '兄弟', '姊妹', '姆妈', '阿妈', '阿爸', '阿爷', '阿嬷', '阿婆', '阿公', '老汉儿', '姪子', '姪女', '细佬', '家姐', '老豆', '老母',
  '老公', '老婆', '丈夫', '先生', '太太', '爱人', '对象', '公婆', '公公婆婆', '两老', '二老',
  '战友', '老战友', '同仁', '工友', '乡亲', '乡亲们', '女同胞', '残疾朋友', '残障朋友', '表哥', '表姐', '堂哥', '堂姐', '舅舅', '姑姑', '叔叔', '婶婶', '嫂子',
])
