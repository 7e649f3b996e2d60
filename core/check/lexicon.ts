/**
 * Word lists for the text rules. Kept here, apart from the rules, so that a false alarm
 * reported by a user is fixed by adding a word, not by changing a rule.
 */

/** Characters that legitimately come doubled (人人, 常常, 天天, 一一, 谢谢 …), ABB endings (红彤彤) included;
 * AABB forms (认认真真) are recognised by shape, not listed. */
export const REDUPLICATED = new Set(
  (
    '人个处时事天年月日家户样件层步节一常往渐刚仅纷默深紧牢稳多大好慢悄偏明久频屡累津欣蒸熊滚茫浓满暖甜闪亮谢看想说试走聊听问妈爸爷奶' +
    '姥哥姐弟妹叔婶舅姑宝娃星猩乖匆冉滔皑袅悠郁栩彬翩楚朗琅赫谆孜兢侃娓源姗洋芸莘济堂区种双对声片点丝缕重团哈嘻啦丁巍烈轰浩荡熙攘沉昏' +
    '蒙细轻静淡微稍略恰白苦早远高长短小快乐平安实每连代辈世岁生息井头历比跃寥熠灼凛炯汩潺嗷咄惴喋斤振循殷拳切绵脉盈亭落泱赳昂勃腾隆哗' +
    '滴嘀咚啪彤油晶甸乎呵眯灿喷花冲呼零裸秃茵灵淋睁邦吞糟哄茸漉澄巴校班村乡镇县'
  ).split(''),
);

/** Two-character words repeated on purpose (研究研究). */
export const REPEATED_WORDS = new Set([
  '研究',
  '讨论',
  '考虑',
  '商量',
  '休息',
  '锻炼',
  '学习',
  '交流',
  '活动',
  '打扫',
  '收拾',
  '整理',
  '比划',
  '琢磨',
]);

/**
 * Common words whose last character often starts the next word (学校|校长, 管理|理念), so a
 * doubled character across them is two words meeting, not a typing slip.
 */
export const WORDS = new Set(
  (
    '高职 中职 请教 首要 主要 需要 重要 必要 学校 学院 管理 企业 专业 就业 行业 职业 创业 产业 事业 毕业 农业 工业 商业 ' +
    '学生 师生 新生 考生 中学 小学 大学 教学 同学 科学 化学 数学 文学 医学 哲学 ' +
    '社会 大会 协会 学会 工作 合作 创作 操作 发展 进展 拓展 会展 人民 公民 农民 居民 中心 爱心 核心 用心 时间 空间 理论 讨论 现场 市场 广场 会场 问题 主题 ' +
    '课题 会议 建议 成果 效果 结果 水果 教育 体育 培育 养育 部门 专门 热门 校园 公园 家园 年级 班级 等级 省级 国家 大家 专家 农家 老师 教师 导师 技师 名师 ' +
    '工程 课程 过程 章程 人才 全体 主体 个体 集体 具体 媒体 团体 整体 身体 实体 能力 动力 人力 实力 努力 合力 活力 精力 压力 潜力 服务 任务 事务 业务 财务 ' +
    '实务 政务 特色 出色 景色 角色 文化 优化 强化 深化 绿化 变化 转化 开放 家长 校长 院长 局长 部长 队长 组长 班长 成长 增长 擅长 生长 延长 特长 时代 现代 ' +
    '一代 年代 交流 物流 主流 生产 资产 财产 水产 特产 研究 社区 园区 城区 景区 校区 示范 规范 模范 师范 防范 典范 标准 水准 批准 精准 考试 测试 面试 调试 ' +
    '尝试 中国 全国 各国 祖国 强国 爱国 外国 工具 家具 活动 运动 推动 带动 行动 互动 劳动 联动 驱动 主动 生动 启动 调动 流动 电动 安全 健全 完全 齐全 ' +
    '实践 基地 场地 土地 各地 当地 本地 内地 园地 天地 目标 指标 商标 达标 方案 档案 个案 教案 提案 计划 规划 策划 项目 题目 节目 科目 书目 学习 复习 实习 ' +
    '见习 研习 练习 技术 艺术 学术 美术 手术 武术 战术 机制 体制 编制 制度 温度 力度 年度 程度 高度 态度 角度 季度 额度 进度 速度 深度 广度 信息 消息 作息 ' +
    '平台 舞台 阳台 后台 前台 电台 系统 传统 总统 一体 经济 救济 质量 数量 力量 能量 流量 总量 含量 责任 主任 信任 担任 新任 兼任 现任 特点 重点 亮点 难点 ' +
    '热点 试点 观点 地点 起点 节点 网点 站点 标志 杂志 意志 同志 人员 成员 会员 学员 教员 党员 团员 队员 职员 官员 全员 动员 委员 机构 结构 虚构 政策 决策 ' +
    '对策 国策 学科 本科 专科 工科 理科 文科 预科 内科 外科 课堂 礼堂 食堂 讲堂 天堂 领导 指导 辅导 引导 督导 主导 倡导 教导 报告 广告 公告 通告 预告 检查 ' +
    '调查 普查 审查 考查 督查 单位 岗位 学位 地位 部位 品位 首位 全面 方面 局面 层面 界面 版面 全程 流程 进程 航程 里程 规程 疗程 日程 议程 基础 上下 之间 ' +
    '期间 民间 车间 人间 中间 房间 乡村 农村 新村 全州 全县 全市 全区 全省 自治 政治 法治 防治 整治 医院 法院 剧院 影院 书院 研究院 分院 本校 母校 党校 ' +
    '高校 院校 名校 军校 母亲 父亲 亲人 家人 个人 工人 军人 商人 诗人 客人 主人 艺人 匠人 新人 青年 少年 老年 成年 中年 今年 去年 明年 全年 当年 每年 近年 ' +
    '多年 学年 周年 元旦 课时 学时 工时 定时 及时 同时 当时 平时 随时 按时 准时 小时 一时 暂时 临时 新疆 边疆 援疆 内容 形式 方式 模式 正式 仪式 公式 样式 ' +
    '格式 程式 品牌 奖牌 金牌 银牌 铜牌 挂牌 招牌 路牌 揭牌 ' +
    // Three-character words ending in a character that starts many words (示范课|课堂, 实验班|班级).
    '示范课 思政课 公开课 专业课 实训课 选修课 必修课 文化课 基础课 理论课 实践课 体育课 劳动课 精品课 优质课 ' +
    '班会课 实验课 研讨课 展示课 观摩课 汇报课 示范班 实验班 订单班 示范区 示范校 示范点 实训室 工作室'
  ).split(' '),
);

/** Measure words: a number followed by one of these twice (万册册) is a typing slip. */
export const MEASURE_WORDS = '册个人名项所家台套门件元次场篇本条座间辆张部位株亩头只匹届期批支'.split('');

/** A doubled measure word followed by these characters is a measure word then a word (3个个人, 2名名师, 5项项目). */
export const MEASURE_WORD_STARTS = new Set(
  (
    '个人 个体 个性 个案 名师 名校 名家 名单 名额 名称 名牌 家庭 家长 家政 家园 家乡 家具 台式 台账 ' +
    '本科 本地 本土 本校 本届 本年 场地 场馆 场景 场所 套餐 门诊 门类 门户 部门 部分 部署 条件 条例 张贴 位置 元素 ' +
    '人才 人员 人民 人数 人次 人群 人工 人文 项目 次数 期间 批次 支部 支持 支援 届时 头部 间隔 件事 座谈 座位 ' +
    '所有 所属 所在 所长 册子 台阶 亩产'
  ).split(' '),
);

/** English words that only appear in Chinese text by mistake (精神 and 表彰: a machine translation or a dictation slip). */
export const STRAY_LATIN = new Set([
  'and',
  'or',
  'the',
  'of',
  'with',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'is',
  'are',
  'was',
  'as',
  'that',
  'this',
  'than',
  'but',
]);

/** Abbreviations and product names that belong in Chinese report text (SYB 课程, 1+X 证书, 3D 打印). */
export const ABBREVIATIONS = new Set([
  'SYB',
  'PLC',
  'CAD',
  'CAM',
  '1+X',
  '3D',
  'AI',
  'VR',
  'AR',
  'MR',
  'DIY',
  'PPT',
  'APP',
  'App',
  'WPS',
  'GDP',
  'GPS',
  '5G',
  'IT',
  'MOOC',
  'STEM',
  'CNC',
  'BIM',
  'ERP',
  'UI',
  'LED',
  'USB',
  'CT',
  'ICU',
]);
