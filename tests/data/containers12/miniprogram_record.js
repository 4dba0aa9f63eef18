{
    articleId: '0',
    author: 'Jack',
    time: '2天前',
    avatar: '/images/avatar/u1.jpeg',
    date: '2020-02-23',
    title: '最美的西湖',
    img: '/images/article/a1.jpg',
    desc: '一起来踏春吧 !',
    star: '20',
    view: '6788',
    content: "美丽的西湖, 总是给人一种心旷神怡的感觉 !",
    music: {
      src: 'https://sharefs.yun.kugou.com/202004121639/8c76135fe6b0bf51f547836d72b65256/G121/M04/04/17/WZQEAFwOKz-AL9J_AEWp0xiST_8788.mp3',
      title: '像鱼',
      coverImgUrl: 'https://ae01.alicdn.com/kf/He0fca1d1932b423fa47b2e89522b9e30T.jpg'
    }
  },
