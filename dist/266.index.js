export const id = 266;
export const ids = [266];
export const modules = {

/***/ 5266:
/***/ ((module) => {

module.exports = eval("require")("node-fetch");


/***/ })

};
