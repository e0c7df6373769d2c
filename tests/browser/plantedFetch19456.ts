export const planted = () => fetch('http://127.0.0.1/');
