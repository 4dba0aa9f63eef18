"""Named sources, round 12 (second wave): a document summarised provision by provision carries into the sentences
of its paragraph (data/eval/SOURCES_CONVENTION.md (c), "a notice or draft law the article summarises provision by
provision"), each shape quoted from the seen article it comes from (split / file), the expected source read off by
hand against the article and its gold."""

from test_claims_sources10 import sources_of


def test_a_draft_laying_down_rules_carries_into_its_provisions():
    # fresh9 352_json_udn_citizen_judges_draft_zh-hant.json, paragraph 6: 草案也訂定保密條款 then two provisions with no
    # source of their own (gold: 草案 for all three)
    got = sources_of([["草案也訂定保密條款，若國民法官因出庭而知悉秘密、個人隱私，有守密義務，如出現妨害司法公正、洩密情形，法院可裁定解任。",
                       "當國民法官收賄，或行賄其他國民法官，處五年以下有期徒刑，得併科一百萬元以下罰金。",
                       "國民法官資格為年滿廿三歲，且在地院轄區持續居住四個月以上的中華民國國民。"]])
    assert got == ["草案", "草案", "草案"]


def test_a_provision_carry_stops_at_the_paragraph_end_and_at_a_source_of_its_own():
    # the same article: paragraph 7 opens 草案同時規範…; 司法院 holding a press conference has a source of its own and
    # the next paragraph (量刑部分，…) is a new paragraph (gold there: the draft again, but the convention stops at a
    # new paragraph and so does zhnews)
    got = sources_of([["草案規定評議過程為秘密，要判被告有罪，須「包含國民法官和職業法官在內達三分之二以上」同意，"
                       "若未達此標準，應諭知被告無罪或作有利被告的認定。",
                       "司法院上午在高院法庭舉行「國民參與刑事審判法草案初稿」發布記者會，希望藉由草案初稿的公布，讓社會各界一起參與討論。"],
                      ["國民法官到庭可支領日費、旅費和相關必要費用，日費一天可能達三千元，不分職業別均一價。"]])
    assert got[0] == "草案"
    assert got[1] == "司法院"
    assert got[2] == ""



def test_a_provision_told_as_an_event_keeps_no_source_but_the_provisions_after_it_go_on():
    # fresh9 352_json_udn_citizen_judges_draft_zh-hant.json, paragraph 7 (gold: 草案 for all three; 被排除在外 reads as
    # an event and states no rule, so zhnews leaves it, and 各有權 after it is the draft's again)
    got = sources_of([["草案同時規範三大類的消極資格，像褫奪公權、遭羈押或判刑、與被告是配偶關係、被告八親等內血親或五親等內姻親、"
                       "曾為告訴代理人或鑑定人等，都不得被選任為國民法官。",
                       "有些職業被排除在外，包含總統、副總統、民代、黨工、律師、司法官、法律科目教授、現役軍人、 警察 、消防員，"
                       "且不具高中學歷、國語聽說能力的人也不符資格。",
                       "檢察官和被告、辯護人在國民法官人選確認前，各有權「挑剔」候選的國民法官，最多能剔除四次。"]])
    assert got[0] == "草案"
    assert got[2] == "草案"
