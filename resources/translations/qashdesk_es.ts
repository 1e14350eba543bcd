<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Register customers with Qash and hand them their identity verification link.</source>
        <translation>Registra clientes en Qash y les entrega su enlace de verificación de identidad.</translation>
    </message>
    <message>
        <source>Run against a built-in sandbox: no credentials, no network, no real customers.</source>
        <translation>Usar un sandbox integrado: sin credenciales, sin red y sin clientes reales.</translation>
    </message>
    <message>
        <source>Use this Partner API address for this run (https, or http to this computer).</source>
        <translation>Usar esta dirección de la Partner API en esta ejecución (https, o http hacia este equipo).</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;%1 --help&apos; para más información.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be used together</source>
        <translation>--demo y --base-url no se pueden usar juntos</translation>
    </message>
    <message>
        <source>--base-url: &apos;%1&apos; is not a URL like https://api.qash.ai</source>
        <translation>--base-url: &apos;%1&apos; no es una dirección como https://api.qash.ai</translation>
    </message>
    <message>
        <source>no display found; run it in a desktop session, or under a virtual one: %1</source>
        <translation>no se encontró una pantalla; ejecútelo en una sesión de escritorio o en una virtual: %1</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
</context>
<context>
    <name>qash::ApiBaseUrl</name>
    <message>
        <source>Enter a full address, such as https://api.example.com.</source>
        <translation>Ingrese una dirección completa, como https://api.example.com.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>La dirección no debe incluir un usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?) or fragment (#).</source>
        <translation>La dirección no debe incluir una consulta (?) ni un fragmento (#).</translation>
    </message>
    <message>
        <source>Use https: credentials and customer data may only travel encrypted.</source>
        <translation>Use https: las credenciales y los datos de los clientes solo pueden viajar cifrados.</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Use una dirección https://.</translation>
    </message>
</context>
<context>
    <name>qash::CountryNames</name>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Aland Islands</source>
        <translation>Islas Åland</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Antigua And Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnia-Herzegovina</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunéi</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Caribe neerlandés</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cocos Islands</source>
        <translation>Islas Cocos</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Congo Brazzaville</source>
        <translation>República del Congo</translation>
    </message>
    <message>
        <source>Congo Kinshasa</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Curacao</source>
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Australes Franceses</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guinea Bissau</source>
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Heard And McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>RAE de Hong Kong (China)</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Isle Of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>RAE de Macao (China)</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Territorios Palestinos</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Islas Pitcairn</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saint Barthelemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Santa Elena</translation>
    </message>
    <message>
        <source>Saint Kitts And Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>San Martín</translation>
    </message>
    <message>
        <source>Saint Pierre And Miquelon</source>
        <translation>San Pedro y Miquelón</translation>
    </message>
    <message>
        <source>Saint Vincent And Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Sao Tome And Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>South Georgia And South Sandwich Islands</source>
        <translation>Islas Georgia del Sur y Sandwich del Sur</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Svalbard And Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad And Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Turks And Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>Islas Ultramarinas de EE.UU.</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Ciudad del Vaticano</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Wallis And Futuna</source>
        <translation>Wallis y Futuna</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sáhara Occidental</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>qash::CustomerForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Ape&amp;llido</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone country</source>
        <translation>País del teléfono</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the customer reads best: Qash writes to them in it</source>
        <translation>El idioma que el cliente lee mejor: Qash le escribe en ese idioma</translation>
    </message>
    <message>
        <source>Qash &amp;user ID</source>
        <translation>ID de usua&amp;rio de Qash</translation>
    </message>
    <message>
        <source>Qash user ID</source>
        <translation>ID de usuario de Qash</translation>
    </message>
    <message>
        <source>Optional: only for a customer who is already registered with Qash.</source>
        <translation>Opcional: solo para un cliente que ya está registrado en Qash.</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Iniciar verificación</translation>
    </message>
    <message>
        <source>Register the customer if needed and create their verification link (Enter)</source>
        <translation>Registrar al cliente si hace falta y crear su enlace de verificación (Enter)</translation>
    </message>
    <message>
        <source>&amp;Start verification</source>
        <translation>&amp;Iniciar verificación</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <source>Number from %1</source>
        <translation>Número de %1</translation>
    </message>
</context>
<context>
    <name>qash::CustomerValidator</name>
    <message>
        <source>Enter a name.</source>
        <translation>Ingrese un nombre.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s last name.</source>
        <translation>Ingrese el apellido del cliente.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name.</source>
        <translation>Ingrese el nombre del cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use letters, spaces, hyphens or apostrophes only.</source>
        <translation>Use solo letras, espacios, guiones o apóstrofos.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Un nombre necesita al menos una letra.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a hyphen.</source>
        <translation>Un nombre no puede empezar ni terminar con un guion.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address.</source>
        <translation>Ingrese el correo electrónico del cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Use an email address of at most %n characters.</source>
        <translation>
            <numerusform>Use un correo electrónico de %n carácter como máximo.</numerusform>
            <numerusform>Use un correo electrónico de %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid email address, e.g. name@example.com.</source>
        <translation>Ingrese un correo electrónico válido, p. ej., nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Ingrese el número de teléfono del cliente.</translation>
    </message>
    <message>
        <source>Enter a valid phone number with its country code, e.g. +57 300 123 4567.</source>
        <translation>Ingrese un teléfono válido con su código de país, p. ej., +57 300 123 4567.</translation>
    </message>
    <message>
        <source>Enter a valid phone number, e.g. %1.</source>
        <translation>Ingrese un teléfono válido, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Ingrese la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Enter a birth date from 1900 onwards.</source>
        <translation>Ingrese una fecha de nacimiento a partir de 1900.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The customer must be 18 or older.</source>
        <translation>El cliente debe ser mayor de 18 años.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country.</source>
        <translation>Elija el país del cliente.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s preferred language.</source>
        <translation>Elija el idioma preferido del cliente.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>Enter a Qash user ID like 550e8400-e29b-41d4-a716-446655440000, or leave it empty.</source>
        <translation>Ingrese un ID de usuario de Qash como 550e8400-e29b-41d4-a716-446655440000, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>qash::HandOffPanel</name>
    <message>
        <source>Ask the customer to scan this code with their phone&apos;s camera.</source>
        <translation>Pida al cliente que escanee este código con la cámara de su teléfono.</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>Open on this computer</source>
        <translation>Abrir en este equipo</translation>
    </message>
    <message>
        <source>&amp;Open on this computer</source>
        <translation>Abrir en &amp;este equipo</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>C&amp;opiar enlace</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Enlace copiado</translation>
    </message>
    <message>
        <source>This link is too long for a QR code. Use &quot;Copy link&quot; or &quot;Open on this computer&quot;.</source>
        <translation>Este enlace es demasiado largo para un código QR. Use “Copiar enlace” o “Abrir en este equipo”.</translation>
    </message>
    <message>
        <source>This computer could not open the link. Use the QR code or &quot;Copy link&quot; instead.</source>
        <translation>Este equipo no pudo abrir el enlace. Use el código QR o “Copiar enlace”.</translation>
    </message>
    <message>
        <source>Open the verification page in this computer&apos;s web browser</source>
        <translation>Abrir la página de verificación en el navegador de este equipo</translation>
    </message>
    <message>
        <source>Copy the verification link, to paste it into a chat or an email</source>
        <translation>Copiar el enlace de verificación para pegarlo en un chat o un correo</translation>
    </message>
</context>
<context>
    <name>qash::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>qash::MainWindow</name>
    <message>
        <source>Qash Desk</source>
        <translation>Qash Desk</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Actualizar estado</translation>
    </message>
    <message>
        <source>Ask the server for the customer&apos;s status now</source>
        <translation>Consultar ahora al servidor el estado del cliente</translation>
    </message>
    <message>
        <source>&amp;Refresh status</source>
        <translation>Actuali&amp;zar estado</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <source>Clear everything for the next customer</source>
        <translation>Borrar todo para el siguiente cliente</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Siguiente cliente</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Atención</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open link on this computer</source>
        <translation>A&amp;brir enlace en este equipo</translation>
    </message>
    <message>
        <source>Open the verification page in this computer&apos;s web browser</source>
        <translation>Abrir la página de verificación en el navegador de este equipo</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the verification link, to paste it into a chat or an email</source>
        <translation>Copiar el enlace de verificación para pegarlo en un chat o un correo</translation>
    </message>
    <message>
        <source>Fill in a &amp;demo customer</source>
        <translation>Completar con un cliente de &amp;demostración</translation>
    </message>
    <message>
        <source>Fill the form with made-up details for practice</source>
        <translation>Completar el formulario con datos ficticios para practicar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Connection, credentials and desk preferences</source>
        <translation>Conexión, credenciales y preferencias del puesto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Idioma del sistema</translation>
    </message>
    <message>
        <source>Show demo &amp;tips</source>
        <translation>Mostrar &amp;consejos de la demostración</translation>
    </message>
    <message>
        <source>&amp;About Qash Desk</source>
        <translation>&amp;Acerca de Qash Desk</translation>
    </message>
    <message>
        <source>Qash Desk — Demo</source>
        <translation>Qash Desk — Demostración</translation>
    </message>
    <message>
        <source>Demo mode: a built-in sandbox on this computer. No real customers, nothing leaves this computer.</source>
        <translation>Modo de demostración: un sandbox integrado en este equipo. Sin clientes reales; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Credentials are kept for this session only: this computer&apos;s keychain cannot store them, so they must be entered again after a restart.</source>
        <translation>Las credenciales se guardan solo durante esta sesión: el llavero de este equipo no puede almacenarlas, así que habrá que ingresarlas de nuevo después de reiniciar.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>When the details are complete, press Start verification. The verification link then appears here as a QR code for the customer&apos;s phone.</source>
        <translation>Cuando los datos estén completos, presione Iniciar verificación. El enlace de verificación aparecerá aquí como código QR para el teléfono del cliente.</translation>
    </message>
    <message>
        <source>The customer can use Qash now. Press Next customer to clear the screen.</source>
        <translation>El cliente ya puede usar Qash. Presione Siguiente cliente para limpiar la pantalla.</translation>
    </message>
    <message>
        <source>Verification cannot continue for this account. Press Next customer to clear the screen.</source>
        <translation>La verificación no puede continuar para esta cuenta. Presione Siguiente cliente para limpiar la pantalla.</translation>
    </message>
    <message>
        <source>Verification was already started for this customer. The status above updates by itself; the customer can finish with the link they were given before.</source>
        <translation>La verificación de este cliente ya se había iniciado. El estado de arriba se actualiza solo; el cliente puede terminar con el enlace que recibió antes.</translation>
    </message>
    <message>
        <source>Could not check the status at %1; still trying.</source>
        <translation>No se pudo consultar el estado a las %1; se sigue intentando.</translation>
    </message>
    <message>
        <source>No such customer for this partner.</source>
        <translation>Este socio no tiene ningún cliente con ese ID.</translation>
    </message>
    <message>
        <source>This email is already registered.</source>
        <translation>Este correo electrónico ya está registrado.</translation>
    </message>
    <message>
        <source>The API key or secret was rejected. Check them in Settings.</source>
        <translation>La clave o el secreto de la API fueron rechazados. Revíselos en Configuración.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configuración</translation>
    </message>
    <message>
        <source>Check the Qash user ID, or leave it empty to register the customer.</source>
        <translation>Revise el ID de usuario de Qash o déjelo vacío para registrar al cliente.</translation>
    </message>
    <message>
        <source>This email is already registered. If this customer registered before, enter their Qash user ID to start their verification.</source>
        <translation>Este correo electrónico ya está registrado. Si el cliente se registró antes, ingrese su ID de usuario de Qash para iniciar su verificación.</translation>
    </message>
    <message>
        <source>Enter their Qash user ID</source>
        <translation>Ingresar su ID de usuario de Qash</translation>
    </message>
    <message>
        <source>The server did not accept the details marked in the form.</source>
        <translation>El servidor no aceptó los datos marcados en el formulario.</translation>
    </message>
    <message>
        <source>The server did not accept the request (HTTP %1).</source>
        <translation>El servidor no aceptó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server returned a link this app will not open.</source>
        <translation>El servidor devolvió un enlace que esta aplicación no abrirá.</translation>
    </message>
    <message>
        <source>The server returned a link this app will not open (%1).</source>
        <translation>El servidor devolvió un enlace que esta aplicación no abrirá (%1).</translation>
    </message>
    <message>
        <source>Could not register the customer</source>
        <translation>No se pudo registrar al cliente</translation>
    </message>
    <message>
        <source>Could not start the verification</source>
        <translation>No se pudo iniciar la verificación</translation>
    </message>
    <message>
        <source>Could not check the customer&apos;s status</source>
        <translation>No se pudo consultar el estado del cliente</translation>
    </message>
    <message>
        <source>Could not reach Qash</source>
        <translation>No se pudo conectar con Qash</translation>
    </message>
    <message>
        <source>the connection to the server failed</source>
        <translation>falló la conexión con el servidor</translation>
    </message>
    <message>
        <source>the server took too long to answer</source>
        <translation>el servidor tardó demasiado en responder</translation>
    </message>
    <message>
        <source>a secure connection to the server could not be made</source>
        <translation>no se pudo establecer una conexión segura con el servidor</translation>
    </message>
    <message>
        <source>the server reported a problem (HTTP %1)</source>
        <translation>el servidor informó un problema (HTTP %1)</translation>
    </message>
    <message>
        <source>the server reported a problem</source>
        <translation>el servidor informó un problema</translation>
    </message>
    <message>
        <source>the server&apos;s answer was not understood</source>
        <translation>no se entendió la respuesta del servidor</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No verification in progress.</source>
        <translation>No hay ninguna verificación en curso.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Starting verification…</source>
        <translation>Iniciando la verificación…</translation>
    </message>
    <message>
        <source>Waiting for the customer to finish verification (status: %1)</source>
        <translation>Esperando a que el cliente termine la verificación (estado: %1)</translation>
    </message>
    <message>
        <source>Verified — the customer is active</source>
        <translation>Verificado: el cliente está activo</translation>
    </message>
    <message>
        <source>The customer&apos;s account is suspended (status: %1)</source>
        <translation>La cuenta del cliente está suspendida (estado: %1)</translation>
    </message>
    <message>
        <source>The customer&apos;s account is banned (status: %1)</source>
        <translation>La cuenta del cliente está bloqueada (estado: %1)</translation>
    </message>
    <message>
        <source>Status checks stopped (last status: %1)</source>
        <translation>Se dejó de consultar el estado (último estado: %1)</translation>
    </message>
    <message>
        <source>Verification not started</source>
        <translation>Verificación no iniciada</translation>
    </message>
    <message>
        <source>Step 1 of 5: type the customer&apos;s details. To practise quickly, press %1 to fill in a made-up customer.</source>
        <translation>Paso 1 de 5: escriba los datos del cliente. Para practicar rápido, presione %1 y se completará un cliente ficticio.</translation>
    </message>
    <message>
        <source>Step 2 of 5: the details are complete. Press Enter to register the customer and create their verification link.</source>
        <translation>Paso 2 de 5: los datos están completos. Presione Enter para registrar al cliente y crear su enlace de verificación.</translation>
    </message>
    <message>
        <source>Step 3 of 5: the customer scans the QR code with their phone. Here you play the customer: press %1 to open the link on this computer.</source>
        <translation>Paso 3 de 5: el cliente escanea el código QR con su teléfono. Aquí usted hace de cliente: presione %1 para abrir el enlace en este equipo.</translation>
    </message>
    <message>
        <source>Step 4 of 5: on the sandbox page in the browser, press &quot;Complete verification&quot;. The status here changes by itself.</source>
        <translation>Paso 4 de 5: en la página del sandbox, en el navegador, presione “Complete verification”. El estado de aquí cambia solo.</translation>
    </message>
    <message>
        <source>Step 5 of 5: the customer is verified. Press %1 to clear the screen for the next customer.</source>
        <translation>Paso 5 de 5: el cliente está verificado. Presione %1 para limpiar la pantalla para el siguiente cliente.</translation>
    </message>
    <message>
        <source>About Qash Desk</source>
        <translation>Acerca de Qash Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qash Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registers customers with Qash and hands them their identity verification link.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qash Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registra clientes en Qash y les entrega su enlace de verificación de identidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>customer status</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>active</source>
        <comment>customer status</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>customer status</comment>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>customer status</comment>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Rec&amp;ent onboardings…</source>
        <translation>Altas r&amp;ecientes…</translation>
    </message>
    <message>
        <source>Today&apos;s and unfinished onboardings: reopen one to show its link again or refresh its status</source>
        <translation>Altas de hoy y sin terminar: reabra una para mostrar de nuevo su enlace o actualizar su estado</translation>
    </message>
    <message>
        <source>The request may have reached the server. Retrying is safe: the server refuses a second registration of the same email and a second verification of the same customer.</source>
        <translation>Puede que la solicitud haya llegado al servidor. Reintentar es seguro: el servidor rechaza un segundo registro del mismo correo y una segunda verificación del mismo cliente.</translation>
    </message>
</context>
<context>
    <name>qash::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>qash::OnboardingFlow</name>
    <message>
        <source>The server returned a link this app will not open (%1).</source>
        <translation>El servidor devolvió un enlace que esta aplicación no abrirá (%1).</translation>
    </message>
</context>
<context>
    <name>qash::PartnerApi</name>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Falló la conexión con %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than allowed.</source>
        <translation>La respuesta de %1 superó el tamaño permitido.</translation>
    </message>
</context>
<context>
    <name>qash::QrCodeView</name>
    <message>
        <source>Verification QR code</source>
        <translation>Código QR de verificación</translation>
    </message>
    <message>
        <source>Scan it with the customer&apos;s phone to open the verification page.</source>
        <translation>Escanéelo con el teléfono del cliente para abrir la página de verificación.</translation>
    </message>
</context>
<context>
    <name>qash::RecentOnboardings</name>
    <message>
        <source>Recent onboardings</source>
        <translation>Altas recientes</translation>
    </message>
    <message>
        <source>Today&apos;s onboardings on this desk, and every unfinished one. Reopen one to show its verification link again and follow its status.</source>
        <translation>Las altas de hoy en este puesto y todas las que quedaron sin terminar. Reabra una para volver a mostrar su enlace de verificación y seguir su estado.</translation>
    </message>
    <message>
        <source>Why this onboarding cannot be reopened</source>
        <translation>Por qué no se puede reabrir esta alta</translation>
    </message>
    <message>
        <source>This desk keeps no onboarding journal, so there is nothing to reopen.</source>
        <translation>Este puesto no guarda un registro de altas, así que no hay nada que reabrir.</translation>
    </message>
    <message>
        <source>The onboarding journal could not be read on this computer; this list may be incomplete.</source>
        <translation>No se pudo leer el registro de altas en este equipo; puede que esta lista esté incompleta.</translation>
    </message>
    <message>
        <source>No onboardings today, and none unfinished.</source>
        <translation>No hay altas de hoy ni altas sin terminar.</translation>
    </message>
    <message>
        <source>Clear the form and reopen</source>
        <translation>Borrar el formulario y reabrir</translation>
    </message>
    <message>
        <source>Clear the form and refresh</source>
        <translation>Borrar el formulario y actualizar</translation>
    </message>
    <message>
        <source>Put it aside and reopen</source>
        <translation>Dejarla pendiente y reabrir</translation>
    </message>
    <message>
        <source>Put it aside and refresh</source>
        <translation>Dejarla pendiente y actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This onboarding could not be reopened.</source>
        <translation>No se pudo reabrir esta alta.</translation>
    </message>
    <message>
        <source>Reopened in the main window. Its status here follows the answer.</source>
        <translation>Se reabrió en la ventana principal. Su estado aquí se actualiza con la respuesta.</translation>
    </message>
    <message>
        <source>A request for the customer on screen is under way. Wait until it has finished, then reopen: stopping it now could leave its outcome unknown.</source>
        <translation>Hay una solicitud en curso para el cliente en pantalla. Espere a que termine y luego reabra: detenerla ahora podría dejar su resultado incierto.</translation>
    </message>
    <message>
        <source>The onboarding on screen is still waiting for its customer. It is saved in this list, so you can reopen it later. Put it aside?</source>
        <translation>El alta en pantalla sigue esperando a su cliente. Está guardada en esta lista, así que podrá reabrirla más tarde. ¿Dejarla pendiente?</translation>
    </message>
    <message>
        <source>The onboarding on screen stopped with a problem. It is saved in this list, so you can reopen it later. Put it aside?</source>
        <translation>El alta en pantalla se detuvo por un problema. Está guardada en esta lista, así que podrá reabrirla más tarde. ¿Dejarla pendiente?</translation>
    </message>
    <message>
        <source>The customer on screen was not registered, and the details typed in the form will be cleared. Clear them?</source>
        <translation>El cliente en pantalla no se registró y se borrarán los datos escritos en el formulario. ¿Borrarlos?</translation>
    </message>
    <message>
        <source>The details typed in the form have not been sent and will be cleared. Clear them?</source>
        <translation>Los datos escritos en el formulario no se han enviado y se borrarán. ¿Borrarlos?</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Show this onboarding in the main window again: its verification link, and its status followed (Enter)</source>
        <translation>Volver a mostrar esta alta en la ventana principal: su enlace de verificación y el seguimiento de su estado (Enter)</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>Actualizar &amp;estado</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Actualizar estado</translation>
    </message>
    <message>
        <source>Reopen this onboarding and ask Qash for its status now; this list stays open</source>
        <translation>Reabrir esta alta y consultar ahora su estado a Qash; esta lista sigue abierta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>qash::RecentOnboardingsModel</name>
    <message>
        <source>API key or secret rejected</source>
        <translation>clave o secreto de la API rechazados</translation>
    </message>
    <message>
        <source>no such customer for this partner</source>
        <translation>este socio no tiene ese cliente</translation>
    </message>
    <message>
        <source>email already registered</source>
        <translation>correo electrónico ya registrado</translation>
    </message>
    <message>
        <source>details not accepted by the server</source>
        <translation>el servidor no aceptó los datos</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
    <message>
        <source>the server took too long to answer</source>
        <translation>el servidor tardó demasiado en responder</translation>
    </message>
    <message>
        <source>no secure connection to the server</source>
        <translation>sin conexión segura con el servidor</translation>
    </message>
    <message>
        <source>the server reported a problem</source>
        <translation>el servidor informó un problema</translation>
    </message>
    <message>
        <source>the server&apos;s answer was not understood</source>
        <translation>no se entendió la respuesta del servidor</translation>
    </message>
    <message>
        <source>the server&apos;s link was refused</source>
        <translation>se rechazó el enlace del servidor</translation>
    </message>
    <message>
        <source>(no contact kept)</source>
        <translation>(no se guardó ningún contacto)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciada: %1</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>No Qash user ID yet</source>
        <translation>Aún sin ID de usuario de Qash</translation>
    </message>
    <message>
        <source>Qash user ID: %1</source>
        <translation>ID de usuario de Qash: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>When an onboarding of an earlier day started: its date (short format) and time.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>registration outcome unknown</source>
        <translation>resultado del registro desconocido</translation>
    </message>
    <message>
        <source>verification start outcome unknown</source>
        <translation>resultado del inicio de la verificación desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the server&apos;s status word as sent (&quot;pending&quot;); %2 why the verification did not start.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>registrando</translation>
    </message>
    <message>
        <source>registered; verification not started</source>
        <translation>registrado; verificación no iniciada</translation>
    </message>
    <message>
        <source>verification started</source>
        <translation>verificación iniciada</translation>
    </message>
    <message>
        <source>verification started earlier</source>
        <translation>verificación iniciada antes</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped before verification</source>
        <translation>detenida antes de la verificación</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <extracomment>%1 says why in a few words (&quot;the server took too long to answer&quot;).</extracomment>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>This onboarding has no Qash user ID: it stopped before the customer was registered (%1). Start again from the form.</source>
        <translation>Esta alta no tiene ID de usuario de Qash: se detuvo antes de registrar al cliente (%1). Empiece de nuevo desde el formulario.</translation>
    </message>
    <message>
        <source>This onboarding has no Qash user ID yet: the registration&apos;s outcome is unknown. Look the customer up before registering again.</source>
        <translation>Esta alta aún no tiene ID de usuario de Qash: no se sabe si el registro se completó. Busque al cliente antes de registrarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>qash::ResponseParser</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The answer has no user id.</source>
        <translation>La respuesta no incluye el ID del usuario.</translation>
    </message>
    <message>
        <source>The answer has no user status.</source>
        <translation>La respuesta no incluye el estado del usuario.</translation>
    </message>
    <message>
        <source>The answer has no verification link.</source>
        <translation>La respuesta no incluye el enlace de verificación.</translation>
    </message>
    <message>
        <source>The verification link is not a valid address.</source>
        <translation>El enlace de verificación no es una dirección válida.</translation>
    </message>
</context>
<context>
    <name>qash::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Production (api.qash.ai)</source>
        <translation>&amp;Producción (api.qash.ai)</translation>
    </message>
    <message>
        <source>S&amp;andbox (sandbox.api.qash.ai)</source>
        <translation>&amp;Entorno de pruebas (sandbox.api.qash.ai)</translation>
    </message>
    <message>
        <source>C&amp;ustom URL: your company&apos;s gateway</source>
        <translation>URL pe&amp;rsonalizada: la pasarela de su empresa</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct&lt;/b&gt;: the partner key and secret are kept in this computer&apos;s keychain. Use it only on desk computers your IT team manages.&lt;br/&gt;&lt;br/&gt;&lt;b&gt;Gateway&lt;/b&gt;: choose Custom URL and enter the address of your company&apos;s own server, which adds the credentials itself. Leave the key and secret empty: this computer then holds no Qash secret.</source>
        <translation>&lt;b&gt;Directo&lt;/b&gt;: la clave y el secreto del socio se guardan en el llavero de este equipo. Úselo solo en equipos de atención administrados por su equipo de TI.&lt;br/&gt;&lt;br/&gt;&lt;b&gt;Pasarela&lt;/b&gt;: elija URL personalizada e ingrese la dirección del servidor de su empresa, que agrega las credenciales por su cuenta. Deje vacíos la clave y el secreto: así este equipo no guarda ningún secreto de Qash.</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>C&amp;lave de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API s&amp;ecret</source>
        <translation>&amp;Secreto de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>&amp;Forget the stored key and secret</source>
        <translation>&amp;Olvidar la clave y el secreto guardados</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <source>&amp;Open the verification link automatically</source>
        <translation>A&amp;brir el enlace de verificación automáticamente</translation>
    </message>
    <message>
        <source>Open the link in this computer&apos;s browser as soon as it arrives</source>
        <translation>Abrir el enlace en el navegador de este equipo en cuanto llegue</translation>
    </message>
    <message>
        <source>Default phone &amp;region</source>
        <translation>Región &amp;telefónica predeterminada</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>Used to read phone numbers typed without a country code</source>
        <translation>Sirve para leer los números escritos sin código de país</translation>
    </message>
    <message>
        <source>&amp;Display language</source>
        <translation>&amp;Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The language of this app&apos;s menus and messages</source>
        <translation>El idioma de los menús y mensajes de esta aplicación</translation>
    </message>
    <message>
        <source>Customers&apos; lan&amp;guage</source>
        <translation>I&amp;dioma de los clientes</translation>
    </message>
    <message>
        <source>Customers&apos; default language</source>
        <translation>Idioma predeterminado de los clientes</translation>
    </message>
    <message>
        <source>The preferred language a new customer starts with; staff can change it for each customer</source>
        <translation>El idioma preferido con el que empieza cada cliente nuevo; se puede cambiar para cada cliente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Same as the display language</source>
        <translation>El mismo de la aplicación</translation>
    </message>
    <message>
        <source>Stored: type to replace</source>
        <translation>Guardado: escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Demo mode uses the built-in sandbox. The server chosen here applies to normal runs.</source>
        <translation>El modo de demostración usa el sandbox integrado. El servidor elegido aquí se usa en las ejecuciones normales.</translation>
    </message>
    <message>
        <source>This run uses the server given on the command line (%1). The server chosen here applies to later runs.</source>
        <translation>Esta ejecución usa el servidor indicado en la línea de comandos (%1). El servidor elegido aquí se usará en las próximas ejecuciones.</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Press Esc again to close without saving them.</source>
        <translation>Hay cambios sin guardar. Presione Esc otra vez para cerrar sin guardarlos.</translation>
    </message>
    <message>
        <source>For this run the key and secret come from the QASH_API_KEY and QASH_API_SECRET environment variables. A key and secret typed here replace them until the app closes.</source>
        <translation>En esta ejecución, la clave y el secreto vienen de las variables de entorno QASH_API_KEY y QASH_API_SECRET. Una clave y un secreto escritos aquí las reemplazan hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>Demo mode signs in to the built-in sandbox by itself. A key and secret typed here replace the demo ones until the app closes.</source>
        <translation>El modo de demostración inicia sesión solo en el sandbox integrado. Una clave y un secreto escritos aquí reemplazan los de la demostración hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>A key and secret typed here are kept for this session only.</source>
        <translation>La clave y el secreto escritos aquí se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is not available: a key and secret typed here are kept for this session only.</source>
        <translation>El llavero de este equipo no está disponible: la clave y el secreto escritos aquí se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>A key and secret are stored in this computer&apos;s keychain. Leave the fields empty to keep them, or type new ones to replace them.</source>
        <translation>Hay una clave y un secreto guardados en el llavero de este equipo. Deje los campos vacíos para conservarlos o escriba otros para reemplazarlos.</translation>
    </message>
    <message>
        <source>A key and secret typed here are stored in this computer&apos;s keychain.</source>
        <translation>La clave y el secreto escritos aquí se guardan en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>The stored key and secret will be forgotten when you save.</source>
        <translation>La clave y el secreto guardados se olvidarán al guardar.</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. https://qash-gateway.example.com.</source>
        <translation>Ingrese la dirección del servidor, p. ej., https://qash-gateway.example.com.</translation>
    </message>
    <message>
        <source>Enter the API secret that belongs to this key.</source>
        <translation>Ingrese el secreto de API que corresponde a esta clave.</translation>
    </message>
    <message>
        <source>Enter the API key that belongs to this secret.</source>
        <translation>Ingrese la clave de API que corresponde a este secreto.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Establecido por su administrador</translation>
    </message>
</context>
</TS>
