"""Named sources, round 10 (issue 12 item 9): the shapes of the seen splits' misses, each quoted from the article
it comes from (split / file), the expected source read off the sentence by hand."""

import pandas as pd

from zhnews import claims
from zhnews.text import to_simplified
from zhnews.claims.quantities import quantities_table


def sources_of(paragraphs: list[list[str]], meta: dict | None = None) -> list[str]:
    """The claims table's source of every sentence of ``paragraphs`` (a list of paragraphs, each a list of sentences)."""
    texts = [t for para in paragraphs for t in para]
    para_ids = [p for p, para in enumerate(paragraphs) for _ in para]
    sentences = pd.DataFrame({"sent_id": range(len(texts)), "para_id": para_ids, "role": ["body"] * len(texts),
                              "text": texts})
    sentences["text_zhs"] = [to_simplified(t) for t in texts]  # as the loader writes it
    return list(claims.claims_table(sentences, quantities_table(sentences), meta)["source"])


def test_he_stands_for_the_person_not_the_university_named_with_him():
    # fresh8 322_youth_rmrbhwb_overseas_students_two_sessions.html
    got = sources_of([["无独有偶，英国剑桥大学的李博灏也有着类似的经历。",
                       "他表示，在国内读本科时，虽然关注过两会，但并不像现在这样，将关注点放在国家社会经济迫切需要解决的难题与问题上。"]])
    assert got[1] == "李博灏"


def test_he_stands_for_the_titled_person_not_the_company_in_the_title():
    # fresh7 307_sjtu_news_alumni_birthday_song.html
    got = sources_of([["中国核工业集团有限公司董事、总经理、党组副书记、上海交大1979级核动力工程专业校友顾军，是改革开放政策实施以来的第一批大学生。",
                       "他说：“我们非常荣幸，经历了改革开放的整个过程，也成为了祖国发生翻天覆地变化的亲历者、见证者和建设者。"]])
    assert got[1] == "顾军"


def test_a_speech_without_a_byline_is_the_speaker_the_headline_names():
    # fresh7 300_chuansong_dazan_xi_intellectuals_speech.jsp (title "时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子",
    # no byline): the speech's 我 and 我们 are the speaker's; 我国 is no one speaking
    speech = [["我这次来安徽调研，正好是“五一”国际劳动节、“五四”青年节前夕。"],
              ["我们正处在实现“两个一百年”奋斗目标中第一个一百年奋斗目标、全面建成小康社会的决胜阶段。"],
              ["伴随党和人民事业不断发展，我国知识分子队伍越来越大，遍布全社会各个领域。"]]
    got = sources_of(speech, {"title": "时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子"})
    assert got == ["习近平", "习近平", ""]
    # a byline's author keeps the first person (and only 我), and a headline that names no person gives no one
    assert sources_of(speech, {"title": "习近平：欢迎知识分子提出批评", "author": "张三"}) == ["张三", "", ""]
    assert sources_of(speech, {"title": "阿里巴巴：制造孤独的CEO"}) == ["", "", ""]


def test_unnamed_speakers_jieba_glues_or_opens_with_also_are_recorded_as_unnamed():
    got = sources_of([
        ["专家建议，设置独立更衣空间，强化员工培训，平衡性别平权与用户安全。"],  # fresh8 329 (专家建议 is one jieba word)
        ["还有一些学子表示，出国前对两会不太了解，出国后反而对两会热点多了些思考。"],  # fresh8 322
        ["有网友推测，其背后会不会是一场有策划的炒作？"],  # fresh4 127
    ])
    assert got == ["(unnamed: 专家)", "(unnamed: 有一些学子)", "(unnamed: 有网友)"]


def test_a_sighed_answer_is_the_speakers():
    # fresh8 336_sogouc_death_row_women_last_night_gb18030.txt (jieba cuts 叹道 into 叹 + 道)
    assert sources_of([["何秀玲叹道：“是啊，都是对感情太执著，上了他的当！"]]) == ["何秀玲"]


def test_a_court_or_a_regulator_is_the_source_of_its_finding():
    got = sources_of([
        # fresh8 320_wechat_anquanquan_jiangyin_game_exploit_verdict.md
        ["江阴法院经审理认为，被告人苏某某违反国家规定，单独或分别伙同被告人张某甲、张某乙共同采用非法技术手段，获取国家事务、国防建设、尖端科学技术领域以外的计算机信息系统中存储的数据，情节特别严重。"],
        # fresh8 337_thewitness_hk_fire_contractor_lawsuit_zh-hant.html (处 ends a body's name: 审裁处, 办事处)
        ["土地審裁處最終裁定，沒有律師代表的原告，未能掌握案件關鍵，未能證明宏業工程費過高，判業主敗訴。"],
        # fresh8 327_sohu_gongyi_xinxishibao_milk_powder_sogoucs_gbk.dat
        ["此风波还未平息，广州市工商局抽检结果显示，由上海光明奶酪黄油有限公司梵古易乳制品分公司生产的50%减脂芝士片菌落总数超标。"],
    ])
    assert got == ["江阴法院", "土地審裁處", "广州市工商局"]


def test_he_after_a_relayed_report_is_the_speaker_the_report_relays():
    # fresh7 302_ifeng_guancha_duterte_chinese_work_ethic.html: the media that relay the speech are not who 他 is
    got = sources_of([["《菲律宾商报》、GMA news等媒体报道称，杜特尔特10日在达沃市（Davao）举行的竞选造势活动上说道：“你们看看中国，相较他们的进步，我们还差很远。",
                       "再看看中国人的工作态度，他们的工作效率之快是快到盘子都飞起来，工作的时候，就真的是在工作。”"],
                      ["他还说：“就算是有雷暴，他们也在工作。", "而我们呢？", "只是毛毛雨，就已经得肺炎了。”"]])
    assert got[2:] == ["杜特尔特"] * 3


def test_he_stands_for_a_full_name_named_before_him_in_the_sentence():
    # fresh7 313_appledaily_tw_tiaozige_rumor_ruling.json (jieba tags 郦俊睿 nrfg, a full name)
    got = sources_of([["酈俊睿被依涉嫌違反《社維法》移送法辦，他在法庭上承認發文，但否認有故意捏造事實。"]])
    assert got == ["酈俊睿"]


def test_a_subject_and_zhi_or_cheng_opening_a_sentence_is_its_source():
    # Hong Kong / Taiwan shorthand where jieba reads the verb as a noun (又称/n, 指/n)
    got = sources_of([
        ["辯方又稱，兩日後B到跑馬地拍照，劉承認是同性戀者，B稱看得出，但認為沒問題，最重要可給錢他。"],  # fresh7 301
        ["法團指，已因應原告等業主的要求，再次召開業主特別大會，商討是否撤銷管委會通過與承建商簽約的決議，最終遭與會業主否決。"],  # fresh8 337
        ["该公示称，护理学院一名男学生向学院提交了个人基本身份信息变更申请，因进行性别重置手术缘由，申请其性别信息由男变更为女。"],  # fresh8 328
        # the verb rules still read a say-verb of their own (fresh4 124): 谷歌, not 谷歌声
        ["谷歌声称，在价格和性能方面，相比其他公有云，其云平台工作负载成本减少40%。"],
        # 有推测 names no one (fresh7 319)
        ["韩国外交界有推测称，黑利大使当天未使用礼仪用语“部分国家”，而是使用“我们的一些朋友”。"],
    ])
    assert got == ["辯方", "法團", "该公示", "谷歌", "(unnamed: 有推测)"]


def test_a_pseudonyms_mark_and_the_occasion_after_a_name_are_no_part_of_it():
    got = sources_of([
        # fresh7 306_wechat_leiyang_shangyou_blood_donation_quota.html
        ["近日，湖南省耒阳市教师姜鸿（化名）向上游新闻记者反映称，耒阳市教育局9月下旬下发通知，各学校按比例完成献血指标。"],
        # fresh7 316_wangyi_tiyu_japan_locker_room.txt (the first cue, 吉田麻也赛后含泪日本媒体报道, is left as it was)
        ["吉田麻也赛后含泪日本媒体报道称，队长吉田麻也在赛后接受采访时，含泪沉默了超过15秒，他说：“我要感谢所有人。"],
    ])
    assert got[0] == "湖南省耒阳市教师姜鸿"
    assert got[1].split("; ")[-1] == "队长吉田麻也"


def test_the_name_a_writer_greets_the_reader_with_is_the_source_of_their_first_person():
    # fresh8 321_wechat_weikebiji_omnivore_read_later.html: a how-to that talks to its reader as 你 (so the byline's
    # author was not taken), opening with the writer's self-given name
    body = [["大家好，我是来自1037号森林的BCS！"], ["今天给你们介绍一个软件。", "你可以先下载它。", "你们也可以问我。"],
            ["我很看好的一款稍后读利器！"], ["你一定会喜欢的。"]]
    got = sources_of(body, {"author": "赵传文", "title": "全平台开源免费稍后读利器，且可与Obsidian联用！"})
    assert got[0] == got[4] == "BCS"
    assert got[1] == ""  # no 我 in it
