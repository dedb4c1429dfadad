/**
 * The slice of Phaser the art layer uses, in place of the whole library (vite.config.ts points
 * the `phaser` import here and sets the renderer flags). Derived from phaser/src/phaser-core.js,
 * keeping what a decorative, input-free, silent stage needs: the game, scenes, cameras, the
 * loader with SVG files, tweens, and the Graphics, Image, Text and Container game objects.
 * Importing a factory or a plugin module registers it with Phaser, so those imports matter even
 * though nothing is read from them. The names exported here are the ones game/art imports from
 * 'phaser' (typed by Phaser's own declarations).
 */
import CONST from 'phaser/src/const.js';
// Early, as in phaser-core.js: with the WebGL renderer built in, its render nodes require each
// other in a circle that only resolves when the renderer's index is what loads them.
import 'phaser/src/renderer/index.js';
import Game from 'phaser/src/core/Game.js';
import Scene from 'phaser/src/scene/Scene.js';
import Scale from 'phaser/src/scale/index.js';
import BlendModes from 'phaser/src/renderer/BlendModes.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import LoaderEvents from 'phaser/src/loader/events/index.js';
import DataEvents from 'phaser/src/data/events/index.js';
import SceneEvents from 'phaser/src/scene/events/index.js';

// Scene plugins every scene expects (plugins/DefaultPlugins.js, CoreScene and DefaultScene).
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/loader/LoaderPlugin.js';
import 'phaser/src/tweens/TweenManager.js';

// this.load.svg and this.load.image.
import 'phaser/src/loader/filetypes/ImageFile.js';
import 'phaser/src/loader/filetypes/SVGFile.js';

// this.add.graphics / image / text / container.
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';

export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = CONST;
export const Core = { Events: CoreEvents };
export const Data = { Events: DataEvents };
export const Loader = { Events: LoaderEvents };
export const Scenes = { Events: SceneEvents };
export { BlendModes, Game, Scale, Scene };
