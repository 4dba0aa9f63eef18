"""Named sources, mend28s: the misses fresh29 revealed (scored once at round 27's start: named 19/37), each cut small
from the article, then made-up variants of the same shape and near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- a profile card over a first-person account (fresh29 883, a 上观新闻 series of testimonies) --------------------------

FRESH29_883 = [
    ["一 他被挡在第三道关卡外，看着高铁离开"],
    ["李瑞是一名从事大数据研发工作的程序员，今年27岁，家住常州。", "3月15日他来到上海出差，住在杨浦区昆明路一家酒店内。"],
    ["以下是他的讲述："],
    ["姓名：李瑞 年龄：27岁 职业：程序员"],
    ["1、归乡心切"],
    ["从3月28日开始，大约有一周的时间，我每天只能吃一顿，要么是一包方便面，要么是一盒自热米饭。"],
    ["我是一个不愿意麻烦别人的人，之前一直不愿意开口。", "没想到酒店很愿意帮助我们，订购了统一的盒饭。",
     "不过，酒店的盒饭无法保证供应，有时一天一顿，有时一天两顿。"],
    ["2、在路上"],
    ["4月26日早晨9点21分，我出发了，带了一瓶水和一些干粮，总路程大约是23公里。"],
    ["二 这是他刑满释放的第一天"],
    ["王宁康就是上述“刑满释放的人”。"],
    ["由于王宁康未携带手机，记者联系到了他的妻子，以下是她的讲述："],
    ["姓名：蒋蕊蕊 年龄：33岁 职业：农民"],
    ["他是4月26日刑满释放，我们一家子都知道的。", "我一直在家里等他。"],
]


def test_the_account_under_a_profile_card_is_the_person_it_names():
    got = sources_of(FRESH29_883)
    assert got[4] == "李瑞"  # the card itself
    assert got[6:10] == ["李瑞"] * 4  # 我…, and the sentences of its paragraphs that do not say 我
    assert got[11] == "李瑞"  # past the account's own numbered subhead
    assert got[5] == got[10] == ""  # the subheads 1、归乡心切, 2、在路上 are nobody's
    assert got[15] == got[16] == got[17] == "蒋蕊蕊"  # the next card names the next narrator


def test_the_account_stops_at_the_next_part_heading():
    got = sources_of(FRESH29_883)
    # 二 …, numbered as the part 一 … the card opened: the writer's narration again, not 李瑞's
    assert got[12] == "" and got[13] != "李瑞" and "李瑞" not in got[14]


def test_an_oral_history_card_of_one_field():
    # made up: 口述：张三 over an oral history, with no part headings (the account runs to the article's end)
    got = sources_of([["口述：张建国"], ["1958年我进了钢铁厂，那年我十七岁。", "厂里一共有三千多人。"],
                      ["后来厂子改制，我下岗了。"]])
    assert got == ["张建国"] * 4


def test_a_card_over_a_third_person_profile_is_no_testimony():
    # near-miss (made up): the card heads a profile told about the person, no 我 outside quotes: nothing carried
    got = sources_of([["姓名：王芳 年龄：45岁"], ["王芳在菜市场卖菜已有二十年。", "她每天凌晨四点起床。"]])
    assert got[0] == "" and got[1] == ""


def test_a_name_field_inside_a_sentence_is_no_card():
    # near-miss (made up): a form's field mentioned in prose, with an end mark, names no narrator
    got = sources_of([["登记表上写着姓名：李明。"], ["我当时并不认识他。"]])
    assert "李明" not in got


# --- documents as sources ------------------------------------------------------------------------------------------

def test_a_footnote_mark_between_a_title_and_its_verb():
    # fresh29 884: 国家统计局发布的《…统计公报》[3]显示 → the publisher, as without the footnote mark
    assert one("国家统计局发布的《中华人民共和国2019年国民经济和社会发展统计公报》[3]显示，全年全国居民人均可支配收入30733元。") \
        == one("国家统计局发布的《中华人民共和国2019年国民经济和社会发展统计公报》显示，全年全国居民人均可支配收入30733元。") \
        == "国家统计局"
    # made up: a title alone, two footnote marks
    assert one("《2023年中国互联网发展报告》[12][13]指出，网民规模达到10.9亿。") == "《2023年中国互联网发展报告》"
    # near-miss: a title with a footnote mark and no verb after it cites nothing
    assert one("我们在《2023年中国互联网发展报告》[12]中找到了网民规模的数字。") == ""


def test_according_to_someones_description():
    # fresh29 886: 根據AAPP描述，… → AAPP
    assert one("根據AAPP描述，24日實皆省因馬賓鎮（Yinmabin ）的村民必須向維安部隊支付費用後，被捕的居民才獲釋。") == "AAPP"
    # made up: a body, an unnamed group
    assert one("根据世卫组织描述，该病毒在人群中传播很快。") == "世卫组织"
    assert one("按照村民描述，那天的雨下了整整一夜。") == "(unnamed: 村民)"
    # near-misses: the description of something, no clause mark after it, is no frame
    assert one("根据病人描述的症状，医生作出了诊断。") == ""
    assert one("根据描述，嫌疑人身高约一米七。") == ""


# --- people told by what they do -----------------------------------------------------------------------------------

def test_medical_staff_and_opinion_leaders_are_unnamed():
    # fresh29 886 (gold (unnamed))
    assert one("緬甸醫護人員和輿論意見領袖說，他們將不在緬甸獨裁政權下接種疫苗。") == "(unnamed: 缅甸医护人员和舆论意见领袖)"  # (unnamed in simplified)
    assert one("医护人员说，病房里已经没有空床。") == "(unnamed: 医护人员)"
    # near-misses: a body before them names them; a name after the role is the person
    assert one("北京协和医院医护人员表示，病人情况稳定。").endswith("北京协和医院")
    assert one("网络意见领袖张三说，他不会接种疫苗。") != "(unnamed: 网络意见领袖张三)"


# --- 自 between a speaker and a verb of thinking (fresh29 887) -----------------------------------------------------

def test_a_speaker_who_holds_a_view_by_himself():
    # fresh29 887: 他自认为… after sentences naming 李森科 (jieba: 他/r 自/r 认为/v)
    got = sources_of([["李森科甚至称能够在饥寒西伯利亚种植橘子树，化枳成橘。",
                       "再加上李森科阶级出身贫寒，很快便成为了苏联社会主义建设的模范科学家。",
                       "他自认为能够将苏联国家的粮食产量大幅度提高，而那些笃信西方理论的遗传学家却只能推测果蝇的眼睛颜色。"]])
    assert got[2] == "李森科"
    # made up: a name, 她
    assert one("李森科自认为能够提高产量。") == "李森科"
    assert one("她自认为已经尽力了。") == "(unresolved: 她)"  # no one named before her
    # near-misses: 各自 and 来自 are words of their own, not the reflexive before the verb
    assert one("各自认为自己有理。") == ""
    assert one("来自北京的张先生认为，房价还会上涨。") == "张先生"


# --- a manner alone before the verb is the writer's frame, no speaker (fresh13 433, fresh15 503, fresh29 881) ---------

def test_objectively_speaking_names_no_one():
    # fresh13 433, fresh15 503 (gold: no source): 客观地说，… (jieba: 客观/n 地/uv 说/v)
    assert one("客观地说，小米Note配置上并无亮点，而且配置严重落后于对手。") == ""
    assert not one("客觀地說，監管當局的擔憂並非無的放矢。")
    # made up: the same frames
    assert one("严格地说，这不算违法。") == one("确切地说，是三个人。") == ""
    # near-misses: a speaker before the manner still speaks; a body whose short name opens as a frame word would
    assert one("张三客观地说，这并不容易。") == "张三"
    assert one("他很坚定地说，这次一定会赢。") == "(unresolved: 他)"
    assert one("公平會指，該公司違反公平交易法。") == "公平會"


def test_with_emphasis_is_how_it_is_told_not_who_tells_it():
    # fresh29 881 (gold: no source; the 1. item after it carried 重点 before)
    got = sources_of([["简单了解了针对尘肺病人的救济途径后，接下来参考此次调查，重点介绍以上救济途径是否足以解决尘肺病人的医疗和生活需求："],
                      ["1.工伤保险购买率仅10.9%，工伤待遇享受率低至15.2%，近85%尘肺患者未能享受《工伤保险条例》赋予的权益。"]])
    assert got == ["", ""]
    # near-miss: 重点 inside a body's name is part of it
    assert one("国家重点实验室主任王伟介绍，该项目进展顺利。") == "国家重点实验室主任王伟"


# --- 导演, 编剧 before a name (fresh16 523; jieba tags 导演 a verb) ----------------------------------------------------

def test_a_director_named_after_his_film():
    # fresh16 523 (gold 黄斌)
    assert one("《何以笙箫默》的导演黄斌认为，很多公司在买版权，网络小说版权价格越来越高。").endswith("黄斌")
    # made up: the title alone before the name, a film before it
    assert one("导演陈凯歌表示，拍摄很艰难。") == "导演陈凯歌"
    assert one("电影《长津湖》的导演陈凯歌表示，拍摄很艰难。").endswith("陈凯歌")
    # near-miss: the director unnamed stays no one named (as before)
    assert one("这部电影的导演表示，拍摄很艰难。") == ""
