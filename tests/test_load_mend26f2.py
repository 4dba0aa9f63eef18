"""After fresh25's scoring: a profile heading (X简介) of the person an interview is about stays in the article, as the
résumé heading of an official's story does (mend26a); a company's or a site's self-description under a repost stays
chrome."""

from conftest import load_text, role_of


def _roles(tmp_path, text: str):
    article = load_text(tmp_path, "interview.txt", text)
    return lambda line: role_of(article, line)[0]


def test_profile_of_the_person_interviewed_is_body(tmp_path):
    # fresh25 811 (河南报业网 via a GB2312 blog feed): the lead names 李彦宏, the profile closes the interview
    roles = _roles(tmp_path, "中国互联网竞价排名是赢利最关键\n\n河南报业网讯 近日，本报记者联系了百度公司，公司总裁李彦宏就目前的热点问题接受了采访。\n\n"
                   "记:百度的竞争对手包括3类，您怎样评价他们?\n\n李:我们真正是为用户的需求来服务的。\n\n李彦宏简介\n\n"
                   "李彦宏，1991年毕业于北京大学，随后赴美国布法罗纽约州立大学完成计算机科学硕士学位。\n\n百度CEO李彦宏目前身价为9.06亿美元。\n")
    assert roles("李彦宏简介") == "body"
    assert roles("百度CEO李彦宏目前身价为9.06亿美元。") == "body"


def test_made_up_profile_with_a_colon_is_body(tmp_path):
    roles = _roles(tmp_path, "专访：王小丫谈乡村教育\n\n本报记者日前专访了乡村教师王小丫，她在山区任教已有十二年。\n\n问：你为什么留在山区？\n\n"
                   "答：因为孩子们需要老师。\n\n王小丫简介：\n\n王小丫，1985年生于贵州，2012年起在毕节任教。\n")
    assert roles("王小丫简介：") == "body"


def test_company_self_description_under_a_repost_stays_chrome(tmp_path):
    # a name the story never mentioned above the heading: the account's company describes itself (威努特简介)
    roles = _roles(tmp_path, "工控安全的五个误区\n\n工业控制系统的安全问题日益突出，很多企业仍存在认识误区。\n\n第一个误区是认为物理隔离就足够安全。\n\n"
                   "威努特简介\n\n威努特，国内领先的工控安全企业，专注工业互联网安全。\n")
    assert roles("威努特简介") != "body"
