// The default theme with the gallery's two-column layout (chart beside its spec).
import DefaultTheme from "vitepress/theme";
import "./style.css";

export default DefaultTheme;
