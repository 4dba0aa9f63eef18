"""Round 27, after fresh30's scoring: a chip's process node in nanometres (nm) is a measure, and a vehicle named by its
wheels (三轮车) counts nothing. Real shapes from fresh30 902 and 905, made-up variants, and near-misses that keep
their figures."""

import pytest

from zhnews.claims.quantities import find_quantities


def figures(text):
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text, surface, value", [
    ("台积电7nm制程已经在晶片上顺利量产，并且野心将放在5nm制程上。", "7nm", 7),  # fresh30 902
    ("依然采用14nm制程工艺，支持英特尔傲腾智能内存云技术。", "14nm", 14),  # fresh30 902
    ("对比英特尔 10nm制程，一切顺利的话才有可能量产。", "10nm", 10),  # fresh30 902, a space before it
    ("这款芯片采用3nm工艺打造。", "3nm", 3),  # made up
])
def test_a_process_node_in_nanometres_is_a_measure(text, surface, value):
    found = [f for f in figures(text) if f[0].endswith(surface)]
    assert found and found[0][1] == "measure" and float(found[0][2]) == value


@pytest.mark.parametrize("text", [
    "三五分钟后，依稀可见另一名骑三轮车的女子经过将其捡走。",  # fresh30 905
    "专项整治电动车、二轮车、三轮车违法行为",  # dev_corpus 38's headline link
    "他骑着两轮车穿过小巷。",  # made up
])
def test_a_vehicle_named_by_its_wheels_counts_nothing(text):
    assert not [f for f in figures(text) if "轮" in f[0]]


@pytest.mark.parametrize("text, surface", [
    ("然而第二、三轮，CB连续命中，狄克、MJ接连失点。", "三轮"),  # fresh18 564: rounds of a shoot-out still count
    ("谈判进行了三轮。", "三轮"),  # made up: three rounds of talks
    ("三名骑车人受伤。", "三名"),  # made up: a count near a vehicle word
])
def test_rounds_and_counts_keep_their_figures(text, surface):
    assert any(surface in f[0] for f in figures(text))
