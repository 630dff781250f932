//! The library's SVG pictures (nianbao::charts) in the page, each with a button that saves it
//! as an .svg file (Word, WPS and any browser open one). The SVG is text the library wrote from
//! numbers and escaped names, with presentation attributes only, so it is set as markup.

use nianbao::charts::BarChart;
use nianbao_app::services::files::download;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PicturesProps {
    pub charts: Vec<BarChart>,
}

#[component]
pub fn Pictures(props: &PicturesProps) -> Html {
    let figures = props.charts.iter().map(|chart| {
        let svg = chart.to_svg();
        let save = {
            let svg = svg.clone();
            let name = format!("{}.svg", chart.title.replace(['/', '\\', ':'], "_"));
            Callback::from(move |_: MouseEvent| {
                let _ = download(&name, "image/svg+xml", &svg);
            })
        };
        html! {
            <figure class="chart-figure">
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption>
                    <button type="button" class="link" onclick={save}
                        aria-label={format!("下载图表「{}」（SVG）", chart.title)}>{ "下载图表（SVG）" }</button>
                </figcaption>
            </figure>
        }
    });
    html! { <div class="charts">{ for figures }</div> }
}
