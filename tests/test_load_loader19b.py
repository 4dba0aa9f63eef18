"""Round 19 (loader19b): which lines are the article. Seen articles are quoted (split/file); each rule holds on files
of at least three repositories (named in the commit message)."""

from conftest import load_text, role_of

RUILI_QUOTES = [
    "“我可能有写不到的地方，但是作为个人，用我自己的观点来发声，我认为这是一个作家应尽的责任呀。”",
    "“确实这两年来，围绕着抗疫的工作，做得真是很顽强。只说复工复产，可能对民众而言，在某种意义上或许会更好一点。”",
    "“从瑞丽官方的回应来说，好像并不需要外界的援助，但来自瑞丽民众的呼声，又需要外界的关注、支持和帮助。”",
]
RUILI_BODY = [
    "2021年10月28日，曾以中国中铁建工集团党委工作部副部长，中组部、团中央第18批赴滇博士团成员身份挂职云南德宏州瑞丽市委常委、"
    "瑞丽市人民政府副市长的戴荣里，在自己的公众号上写下《瑞丽需要祖国的关爱》一文，提到疫情暴发至今，瑞丽已经经历了四次封城，"
    "呼吁全国人民关注瑞丽严峻的疫情形势。",
    "戴荣里本人则十分低调，他告诉南方周末记者，“这篇文章真是很平淡的，出于本心写的，也不要做过多的解读。”",
    "戴荣里的公众号文章下，有许多自称是瑞丽当地人的留言。28日下午，瑞丽市现任市委书记与市长对外回应，称目前上级给予很多支持，"
    "戴荣里所写的文章“资料过期”，暂不需要援助。",
    "2021年10月29日凌晨，瑞丽市举行新闻发布会，瑞丽市长尚腊边表示，将进一步克服疫情带来的不利影响，努力解决好群众关心关注的问题。",
    "同样在29日凌晨，面对热度攀升相伴而来的质疑，戴荣里发布了一篇“有关《瑞丽需要祖国的关爱》的声明”。文中提到“挂职只是一段经历”，"
    "“请媒体同志将这样的称呼取下来”。",
    "事实上，这并非戴荣里第一次为瑞丽疫情发声。作为一个出生于山东的北方人，他表示已将瑞丽视作自己的“第二故乡”，2021年4月3日，"
    "他就曾在自己的另一个公众号上写下题为《瑞丽保重》的文章。",
]


def test_a_writer_s_credit_under_a_deck_of_pulled_quotes_is_the_byline_not_a_line_of_the_article(tmp_path):
    # fresh7 310 (a 南方周末 interview in a Hugo archive, Project-Gutenberg/Pincong-data): the lead picture's caption
    # and three pulled quotes, then the credits, then the article; caption and quotes are long sentences, so they
    # opened the article and the credits sat in its middle, where head cues do not count.
    text = ("---\nlayout: default\ntitle: \"《瑞丽需要祖国的关爱》作者戴荣里：发声是我应尽之责\"\n---\n\n"
            "![](https://images.weserv.nl/a.jpeg)\n\n"
            "****************▲****************2021年10月25日，瑞丽市核酸检测点，市民排队扫码登记信息等待接受核酸检测。（视觉中国/图）\n\n"
            "全文共**2238**字，阅读大约需要**5**分钟\n\n"
            + "".join(f"*   {quote}\n    \n\n" for quote in RUILI_QUOTES)
            + "**本文首发于南方周末 未经授权 不得转载**\n\n**文｜南方周末记者 苏有鹏**\n\n**南方周末实习生 蒋敏玉**\n\n"
            "**责任编辑｜吴筱羽**\n\n"
            + "".join(f"{paragraph}\n\n" for paragraph in RUILI_BODY))
    article = load_text(tmp_path, "310.md", text)
    assert role_of(article, "文｜南方周末记者 苏有鹏") == ("byline", "author")
    assert article.meta["author"] == "苏有鹏"
    assert role_of(article, "南方周末实习生 蒋敏玉") == ("boilerplate", "credit")  # between 文｜… and 责任编辑｜…
    assert role_of(article, RUILI_BODY[0])[0] == "body"


def test_a_byline_closed_by_a_bare_role_label_stays_one_byline_in_the_head(tmp_path):
    # fresh 62 (a 赛先生 translation via a Jina export, wangjuns/web_archive): under the 导读 deck the writer's name,
    # then 撰文 in bold of its own; the label alone is a head cue naming nobody, the whole line names the writer.
    text = ("# 人们对居里夫人最大的误解\n\n**导读：**\n\n"
            "在科学的历史长河中，女性的身影常常被忽视，但她们的贡献却如星辰般闪耀，指引着人类探索未知的方向。\n\n"
            "**Clara Moskowitz |** **撰****文**\n\n"
            + "".join(f"{paragraph}\n\n" for paragraph in RUILI_BODY))
    article = load_text(tmp_path, "62.md", text)
    assert role_of(article, "Clara Moskowitz | 撰文") == ("byline", "author")
    assert article.meta["author"] == "Clara Moskowitz"


ZENG_MING_BODY = [
    "波士顿咨询（ BCG ）在《未来已来：AI组织进化论》中指出，AI不仅是一场技术革命，更将彻底颠覆传统组织的管理逻辑。",
    "未来三到五年，人工智能，包括传统和生成式人工智能会大量嵌入到所有的产品、服务，包括整个工作流程中。",
    "在AI时代，人工智能正以前所未有的速度颠覆商业世界，它不仅改变了工作方式，还在重塑企业的组织结构。",
    "我想跟大家讲下现在的AI公司都在干什么？因为这代表了未来10年我们会受到怎样的技术冲击。",
]


def test_a_short_line_between_two_credit_lines_above_the_article_is_a_credit(tmp_path):
    # fresh10 361 (a 笔记侠 post clipped to markdown, yaogjim/knowledgebase): the note-taker's credit has no label
    # the lexicon knows, but it stands between the speaker's credit and the editors' line, above the article.
    text = ("---\ntitle: \"曾鸣最新演讲：下一个10年，生意的底层逻辑变了！\"\n---\n"
            "曾鸣 *2025年04月16日 21:50*\n\n"
            "**分享嘉宾：** 曾鸣，阿里巴巴 集团前总参谋长。\n\n"
            "****高级笔记达人 |**** 天朗明月\n\n"
            "**责** **编** | 柒 **排版** | 沐言\n\n"
            + "".join(f"{paragraph}\n\n" for paragraph in ZENG_MING_BODY))
    article = load_text(tmp_path, "361.md", text)
    assert role_of(article, "高级笔记达人 | 天朗明月") == ("boilerplate", "credit")
    assert role_of(article, ZENG_MING_BODY[0])[0] == "body"


def test_a_short_line_under_a_credit_label_waiting_for_its_value_above_the_article_is_a_credit(tmp_path):
    # fresh13 450 (a WeChat page saved by wechat-article-exporter): 封面来源｜ on a line of its own, the source it
    # names (a book's title) on the next; then the article.
    text = ("# 比小学生说烂梗更可怕的，是大人也说\n\n文｜何驰\n\n封面来源｜\n\n《米小圈上学记》\n\n"
            + "".join(f"{paragraph}\n\n" for paragraph in ZENG_MING_BODY))
    article = load_text(tmp_path, "450.md", text)
    assert role_of(article, "《米小圈上学记》") == ("boilerplate", "credit")
    assert role_of(article, ZENG_MING_BODY[0])[0] == "body"
